using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LipSync.Sdk;

/// <summary>
/// One provider's HTTP client (the handler chain of <see cref="ProviderPipeline"/>: call → resilience → errors →
/// credentials → sockets) and what the native clients need around it: the error profile, the settings, the clock,
/// the redactor, and the readers of success bodies. Calls not yet declared in a Refit interface go through
/// <see cref="SendAsync{T}(ApiRequest, Func{HttpResponseMessage, CancellationToken, ValueTask{T}}, CancellationToken)"/>,
/// which runs the same chain.
/// </summary>
internal sealed class ProviderTransport : IDisposable
{
    private readonly bool _ownsHttpClient;

    public ProviderTransport(HttpClient http, ProviderErrorProfile profile, TransportSettings settings, TimeProvider time, SecretRedactor redactor, bool ownsHttpClient)
    {
        Http = http;
        _ownsHttpClient = ownsHttpClient;
        Profile = profile;
        Settings = settings;
        Time = time;
        Redactor = redactor;
    }

    public ProviderErrorProfile Profile { get; }

    public TransportSettings Settings { get; }

    public TimeProvider Time { get; }

    public string Provider => Settings.Provider;

    /// <summary>Masks this provider's API key in text that leaves the SDK.</summary>
    public SecretRedactor Redactor { get; }

    /// <summary>The provider's HTTP client, whose handler chain does retries, classification and credentials.</summary>
    public HttpClient Http { get; }

    /// <summary>Releases the connections of a stand-alone transport (a container's clients are released by the container).</summary>
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            Http.Dispose();
        }
    }

    public Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        // Parsed inside the attempt, so a 2xx that is not this JSON is retried like other server trouble.
        request.ResponseType ??= responseType;
        return SendAsync(request, (response, ct) => ReadJsonAsync(response, responseType, ct), cancellationToken);
    }

    public async Task<T> SendAsync<T>(
        ApiRequest request, Func<HttpResponseMessage, CancellationToken, ValueTask<T>> readSuccess, CancellationToken cancellationToken)
    {
        using var message = request.CreateMessage(Settings.BaseAddress);
        using var response = await Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            return await readSuccess(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // Only streamed bodies (media, result files) are read here; API bodies were read inside the attempt.
            throw new LipSyncServiceException(
                $"{Provider}: network error: {Redactor.Redact(ex.Message)}", LipSyncErrorKind.Network, isRetryable: true, Provider, innerException: ex);
        }
    }

    /// <summary>Reads a JSON success body (already read into memory by the chain for API calls).</summary>
    public async ValueTask<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        if (response.Content is ParsedContent { Value: T parsed })
        {
            return parsed;
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

    public LipSyncServiceException InvalidResponse(int statusCode, string problem, Exception? inner) => InvalidResponse(Provider, statusCode, problem, inner);

    public static LipSyncServiceException InvalidResponse(string provider, int statusCode, string problem, Exception? inner) =>
        new($"{provider}: unexpected success response (HTTP {statusCode}): {problem}.",
            LipSyncErrorKind.ServerError, isRetryable: true, provider, statusCode, innerException: inner);
}
