using System.Text.Json.Nodes;

namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// The native client of a custom envelope API: JSON calls and streamed downloads through the SDK's connection
/// (retries, timeouts, error taxonomy per the profile). Built-in envelope providers expose typed clients instead
/// (<c>IBreezeClient</c>, <c>IAudioSpliterClient</c>).
/// </summary>
public interface IEnvelopeClient
{
    /// <summary>The provider name.</summary>
    string Provider { get; }

    /// <summary>The rate-limit headers of the latest successful response, when the profile names them and the API sent them.</summary>
    RateLimitInfo? LastRateLimit { get; }

    /// <summary>GETs a JSON resource; retried on every retryable failure.</summary>
    /// <param name="pathAndQuery">The path (and query) under the base address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The body.</returns>
    /// <exception cref="LipSyncException">The API answered with an error (including an error flag under HTTP 2xx) or could not be reached.</exception>
    Task<JsonNode> GetJsonAsync(string pathAndQuery, CancellationToken cancellationToken = default);

    /// <summary>Sends a JSON body and reads a JSON answer.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathAndQuery">The path (and query) under the base address.</param>
    /// <param name="body">The body, or null for none.</param>
    /// <param name="isIdempotent">
    /// True when sending the call twice does no harm: every retryable failure is retried. False (a create that may start
    /// paid work): retried only when the failure proves the request was not processed (429, connection never opened).
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The body.</returns>
    /// <exception cref="LipSyncException">The API answered with an error or could not be reached.</exception>
    /// <exception cref="NotSupportedException">
    /// The method is not GET (without a body), POST, PUT, PATCH or DELETE (with or without one); nothing is sent.
    /// </exception>
    Task<JsonNode> SendJsonAsync(HttpMethod method, string pathAndQuery, JsonNode? body, bool isIdempotent, CancellationToken cancellationToken = default);

    /// <summary>Streams a GET response body into <paramref name="destination"/> (never buffered whole).</summary>
    /// <param name="pathAndQuery">The path under the base address, or an absolute URL (the key is sent only to the provider's host).</param>
    /// <param name="destination">Where the bytes go. A seekable stream is rewound if a retry restarts the download.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="LipSyncException">The API answered with an error or the connection failed.</exception>
    Task<long> DownloadAsync(string pathAndQuery, Stream destination, CancellationToken cancellationToken = default);
}
