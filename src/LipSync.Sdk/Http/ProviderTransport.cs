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
            return await _pipeline.ExecuteAsync(
                static (ctx, args) => args.Transport.AttemptAsync(args.State, args.ReadSuccess, ctx.CancellationToken),
                context,
                (Transport: this, State: state, ReadSuccess: readSuccess)).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException timeout) when (!cancellationToken.IsCancellationRequested)
        {
            var timedOut = LipSyncResiliencePipeline.AsLipSyncException(timeout, Provider);
            timedOut.Attempts = state.Attempts;
            failure = timedOut;
            throw timedOut;
        }
        catch (LipSyncException known)
        {
            known.Attempts = state.Attempts;
            failure = known;
            throw;
        }
        catch (Exception other)
        {
            failure = other;
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
    }

    private async ValueTask<T> AttemptAsync<T>(
        AttemptState state, Func<HttpResponseMessage, CancellationToken, ValueTask<T>> readSuccess, CancellationToken cancellationToken)
    {
        state.Attempts++;
        using var activity = LipSyncInstrumentation.StartAttempt(Provider, state.Request, state.Attempts);
        if (state.Attempts > 1)
        {
            LipSyncInstrumentation.RecordRetry(Provider, state.Request.Operation);
        }

        try
        {
            return await SendAttemptAsync(state, readSuccess, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LipSyncInstrumentation.RecordFailure(activity, ex, _redactor);
            throw;
        }
    }

    private async ValueTask<T> SendAttemptAsync<T>(
        AttemptState state, Func<HttpResponseMessage, CancellationToken, ValueTask<T>> readSuccess, System.Diagnostics.Activity? activity,
        CancellationToken cancellationToken)
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
            throw NetworkFailure(ex);
        }

        using (response)
        {
            LipSyncInstrumentation.RecordStatusCode(activity, (int)response.StatusCode);
            if (!response.IsSuccessStatusCode && !(state.Request.AcceptsRedirect && IsRedirect(response)))
            {
                throw await ClassifyAsync(response, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                return await readSuccess(response, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                throw NetworkFailure(ex);
            }
        }
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

    // Providers that hide errors in 2xx bodies: buffer the (JSON, so small) body, check it, then deserialize it.
    private async ValueTask<T> ReadInspectedJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
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

    public LipSyncException InvalidResponse(int statusCode, string problem, Exception? inner) =>
        new LipSyncServiceException(
            $"{Provider}: unexpected success response (HTTP {statusCode}): {problem}.",
            LipSyncErrorKind.ServerError, isRetryable: true, Provider, statusCode, innerException: inner);

    private LipSyncServiceException NetworkFailure(Exception ex) =>
        new($"{Provider}: network error: {_redactor.Redact(ex.Message)}", LipSyncErrorKind.Network, isRetryable: true, Provider, innerException: ex);
}
