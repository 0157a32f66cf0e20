using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Polly.Timeout;

namespace LipSync.Sdk;

/// <summary>
/// The outermost layer of a provider's handler chain: one logical call. Starts the call's clock (the total budget),
/// span and metrics; after the resilience layer below has run every attempt, turns the outcome into the taxonomy
/// once — a classified answer, the SDK's own timeout — and records how many requests went on the wire.
/// Caller cancellation passes through unwrapped.
/// </summary>
internal sealed class CallHandler : DelegatingHandler
{
    private static readonly ProductInfoHeaderValue UserAgent = new("LipSync.Sdk",
        typeof(CallHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0");

    private static readonly HttpRequestOptionsKey<string> RefitMethodName = new(Refit.HttpRequestMessageOptions.MethodName);

    private readonly string _provider;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;

    public CallHandler(string provider, TimeProvider time, SecretRedactor redactor)
    {
        _provider = provider;
        _time = time;
        _redactor = redactor;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(CallState.Key, out var state))
        {
            state = new CallState(request.Options.TryGetValue(RefitMethodName, out var name) ? name : "call", Safety(request.Method));
            request.Options.Set(CallState.Key, state);
        }

        request.Headers.UserAgent.Add(UserAgent);
        state.StartedAt = state.Parent?.StartedAt ?? _time.GetTimestamp();
        state.Attempts = 0;
        state.Activity = LipSyncInstrumentation.StartCall(_provider, state.Operation, request.Method);
        Exception? failure = null;
        try
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutRejectedException timeout) when (!cancellationToken.IsCancellationRequested)
            {
                failure = Counted(LipSyncResiliencePipeline.AsLipSyncException(timeout, _provider), state);
                throw failure;
            }
            catch (Exception thrown)
            {
                failure = thrown is LipSyncException known ? Counted(known, state) : thrown;
                throw;
            }

            if (state.Failure is { } answered)
            {
                // The last attempt was answered with an error the retry layer did not retry: thrown here, once.
                response.Dispose();
                failure = Counted(answered, state);
                ExceptionDispatchInfo.Throw(failure);
            }

            return response;
        }
        finally
        {
            if (failure is not null)
            {
                LipSyncInstrumentation.RecordFailure(state.Activity, failure, _redactor);
            }

            LipSyncInstrumentation.RecordCallEnd(state.Activity, _provider, state.Operation, _time.GetElapsedTime(state.StartedAt), state.Attempts, failure);
            state.Activity?.Dispose();
        }
    }

    private static LipSyncException Counted(LipSyncException failure, CallState state)
    {
        failure.Attempts = state.Attempts;
        return failure;
    }

    private static RequestSafety Safety(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Delete || method == HttpMethod.Put || method == HttpMethod.Options
            ? RequestSafety.Idempotent
            : RequestSafety.NotIdempotent;
}
