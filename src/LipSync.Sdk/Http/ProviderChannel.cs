using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LipSync.Sdk;

/// <summary>
/// What a provider's native client is built on: the provider's <see cref="HttpClient"/> (the handler chain of
/// <see cref="ProviderPipeline"/>: call → resilience → errors → credentials → sockets), which its Refit interface and
/// <see cref="ProviderTransfers"/> send through, and what the client needs around it: the error profile, the settings,
/// the clock, the redactor, and the reader of success bodies the client reads itself. It sends nothing on its own.
/// </summary>
internal sealed class ProviderChannel : IDisposable
{
    private readonly bool _ownsHttpClient;

    public ProviderChannel(HttpClient http, ProviderErrorProfile profile, TransportSettings settings, TimeProvider time, SecretRedactor redactor, bool ownsHttpClient)
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

    /// <summary>Releases the connections of a stand-alone client (a container's clients are released by the container).</summary>
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            Http.Dispose();
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

    public LipSyncServiceException InvalidResponse(int statusCode, string problem, Exception? inner) => ApiResults.InvalidResponse(Provider, statusCode, problem, inner);

}
