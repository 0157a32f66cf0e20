using System.Buffers;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace LipSync.Sdk;

/// <summary>
/// Sends one provider's API calls: builds a fresh message per attempt, runs it through the resilience pipeline,
/// turns every non-success (and every transport failure) into a <see cref="LipSyncException"/> via the provider's
/// error profile, and reads success bodies with source-generated JSON metadata.
/// </summary>
internal sealed class ProviderTransport
{
    private static readonly ProductInfoHeaderValue UserAgent = new("LipSync.Sdk",
        typeof(ProviderTransport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0");

    private readonly Func<HttpClient> _http;
    private readonly ResiliencePipeline _pipeline;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;

    public ProviderTransport(Func<HttpClient> http, ProviderErrorProfile profile, TransportSettings settings, TimeProvider time, ILogger logger, SecretRedactor redactor)
    {
        _http = http;
        Profile = profile;
        Settings = settings;
        _time = time;
        _redactor = redactor;
        _pipeline = LipSyncResiliencePipeline.Build(settings, time, logger);
    }

    public ProviderErrorProfile Profile { get; }

    public TransportSettings Settings { get; }

    public TimeProvider Time => _time;

    public string Provider => Settings.Provider;

    /// <summary>Masks this provider's API key in text that leaves the SDK.</summary>
    public SecretRedactor Redactor => _redactor;

    public Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken) =>
        SendAsync(request, (response, ct) => ReadJsonAsync(response, responseType, ct), cancellationToken);

    public async Task<T> SendAsync<T>(
        ApiRequest request, Func<HttpResponseMessage, CancellationToken, ValueTask<T>> readSuccess, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(request.Operation, cancellationToken);
        var state = new AttemptState(request, _time.GetTimestamp());
        context.Properties.Set(AttemptState.Key, state);
        using var activity = LipSyncInstrumentation.StartCall(Provider, request);
        Exception? failure = null;
        try
        {
            // Failures travel through the pipeline as outcomes, not as thrown exceptions: each throw/rethrow across an
            // async boundary costs microseconds, and the error path used to throw six times per failed call.
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static (ctx, args) => args.Transport.AttemptAsync(args.State, args.ReadSuccess, ctx.CancellationToken),
                context,
                (Transport: this, State: state, ReadSuccess: readSuccess)).ConfigureAwait(false);
            if (outcome.Exception is null)
            {
                return outcome.Result!;
            }

            failure = outcome.Exception switch
            {
                TimeoutRejectedException timeout when !cancellationToken.IsCancellationRequested => LipSyncResiliencePipeline.AsLipSyncException(timeout, Provider),
                var other => other,
            };
            if (failure is LipSyncException known)
            {
                known.Attempts = state.Attempts;
            }
        }
        catch (Exception unexpected)
        {
            // The pipeline itself failed (it does not throw for failed attempts).
            failure = unexpected;
            throw;
        }
        finally
        {
            if (failure is not null)
            {
                LipSyncInstrumentation.RecordFailure(activity, failure, _redactor);
            }

            LipSyncInstrumentation.RecordCallEnd(activity, Provider, request.Operation, _time.GetElapsedTime(state.StartedAt), state.Attempts, failure);
            ResilienceContextPool.Shared.Return(context);
        }

        // A classified failure was never thrown: throw it here, once. Anything thrown by an attempt (caller
        // cancellation included) keeps its original stack trace.
        if (failure.StackTrace is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        throw failure;
    }

    // Never throws (Polly's outcome contract): a failed attempt becomes Outcome.FromException.
    private async ValueTask<Outcome<T>> AttemptAsync<T>(
        AttemptState state, Func<HttpResponseMessage, CancellationToken, ValueTask<T>> readSuccess, CancellationToken cancellationToken)
    {
        state.Attempts++;
        using var activity = LipSyncInstrumentation.StartAttempt(Provider, state.Request, state.Attempts);
        if (state.Attempts > 1)
        {
            LipSyncInstrumentation.RecordRetry(Provider, state.Request.Operation);
        }

        Exception failure;
        try
        {
            using var message = state.Request.CreateMessage(Settings.BaseAddress);
            message.Headers.UserAgent.Add(UserAgent);
            HttpResponseMessage response;
            try
            {
                response = await _http().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                failure = NetworkFailure(ex);
                LipSyncInstrumentation.RecordFailure(activity, failure, _redactor);
                return Outcome.FromException<T>(failure);
            }

            using (response)
            {
                LipSyncInstrumentation.RecordStatusCode(activity, (int)response.StatusCode);
                if (!response.IsSuccessStatusCode && !(state.Request.AcceptsRedirect && IsRedirect(response)))
                {
                    failure = await ClassifyAsync(response, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    try
                    {
                        return Outcome.FromResult(await readSuccess(response, cancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
                    {
                        failure = NetworkFailure(ex);
                    }
                }
            }
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        LipSyncInstrumentation.RecordFailure(activity, failure, _redactor);
        return Outcome.FromException<T>(failure);
    }

    private static bool IsRedirect(HttpResponseMessage response) => (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is not null;

    /// <summary>Classifies a non-success response, reading at most 64 KiB of its body.</summary>
    public async Task<LipSyncException> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (buffer, length, truncated) = await BoundedBodyReader.ReadAsync(response.Content, ErrorClassifier.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            return ErrorClassifier.Classify(
                Profile, (int)response.StatusCode, buffer.AsSpan(0, length), response.Content.Headers.ContentType?.MediaType,
                response.Headers, _time.GetUtcNow(), _redactor, truncated);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async ValueTask<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        if (Profile.InspectsSuccessBodies)
        {
            return await ReadInspectedJsonAsync(response, type, cancellationToken).ConfigureAwait(false);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false)
                ?? throw InvalidResponse((int)response.StatusCode, "the body was JSON null", null);
        }
        catch (JsonException ex)
        {
            throw InvalidResponse((int)response.StatusCode, "the body is not the JSON the API documents", ex);
        }
    }

    /// <summary>The largest 2xx JSON body buffered for inspection; API resources are kilobytes, never this.</summary>
    internal const int MaxInspectedBodyBytes = 16 * 1024 * 1024;

    // Providers that hide errors in 2xx bodies: buffer the (JSON, so small) body up to a cap, check it, then
    // deserialize it. A body past the cap is a broken or hostile response, not a resource.
    private async ValueTask<T> ReadInspectedJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var (buffer, length, truncated) = await BoundedBodyReader.ReadAsync(response.Content, MaxInspectedBodyBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            if (truncated && length < MaxInspectedBodyBytes)
            {
                // The connection died mid-body: a network failure, retried like any other.
                throw NetworkFailure(new HttpIOException(HttpRequestError.ResponseEnded, "The response ended before its body was complete."));
            }

            if (truncated)
            {
                throw InvalidResponse((int)response.StatusCode, $"the body is larger than {MaxInspectedBodyBytes / (1024 * 1024)} MiB", null);
            }

            var body = buffer.AsSpan(0, length);
            if (Profile.IsErrorInSuccessBody(body))
            {
                throw ErrorClassifier.Classify(
                    Profile, (int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, response.Headers,
                    _time.GetUtcNow(), _redactor);
            }

            try
            {
                return JsonSerializer.Deserialize(body, type) ?? throw InvalidResponse((int)response.StatusCode, "the body was JSON null", null);
            }
            catch (JsonException ex)
            {
                throw InvalidResponse((int)response.StatusCode, "the body is not the JSON the API documents", ex);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public LipSyncException InvalidResponse(int statusCode, string problem, Exception? inner) =>
        new LipSyncServiceException(
            $"{Provider}: unexpected success response (HTTP {statusCode}): {problem}.",
            LipSyncErrorKind.ServerError, isRetryable: true, Provider, statusCode, innerException: inner);

    private LipSyncServiceException NetworkFailure(Exception ex) =>
        new($"{Provider}: network error: {_redactor.Redact(ex.Message)}", LipSyncErrorKind.Network, isRetryable: true, Provider, innerException: ex);
}
