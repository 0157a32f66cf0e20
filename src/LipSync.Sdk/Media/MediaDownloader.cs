using System.Buffers;
using System.Text;

namespace LipSync.Sdk;

/// <summary>
/// Streams a signed result URL to a stream through a client that has no API key handler at all, so the key cannot
/// reach a storage host whatever the URL says. Failures become the provider's taxonomy (by status, or the provider's
/// body when it sends one).
/// </summary>
internal static class MediaDownloader
{
    // One credential-free client for the process: pooled sockets recycled so DNS changes of CDNs are seen.
    private static readonly HttpClient SharedClient = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
    })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public static async Task<long> DownloadAsync(
        string provider, Uri url, Stream destination, MediaDownloadOptions? options, CancellationToken cancellationToken)
    {
        using var response = await OpenAsync(provider, url, options?.HttpClient, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await MediaCopy.CopyAsync(body, destination, options?.Progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw NetworkFailure(provider, url, ex);
        }
    }

    /// <summary>Sends the GET (no credentials) and returns the successful response with its body unread; the caller disposes it.</summary>
    public static async Task<HttpResponseMessage> OpenAsync(string provider, Uri url, HttpClient? client, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(ApiKeyHandler.OmitCredentials, true);
        HttpResponseMessage response;
        try
        {
            response = await (client ?? SharedClient).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw NetworkFailure(provider, url, ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ClassifyAsync(provider, url, response, cancellationToken).ConfigureAwait(false);
        }
    }

    public static LipSyncServiceException NetworkFailure(string provider, Uri url, Exception ex) =>
        new($"{provider}: network error while downloading {Describe(url)}.", LipSyncErrorKind.Network, isRetryable: true, provider, innerException: ex);

    private static async Task<LipSyncException> ClassifyAsync(string provider, Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (buffer, length, _) = await BoundedBodyReader.ReadAsync(response.Content, ErrorClassifier.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        string body;
        try
        {
            body = Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var status = (int)response.StatusCode;
        var headers = response.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value));
        var failure = ProviderErrorProfiles.TryGet(provider, out _)
            ? LipSyncErrors.FromResponse(provider, status, body, headers)
            : LipSyncExceptionFactory.Create(ErrorKindRules.KindForStatus(status), $"HTTP {status}", ErrorKindRules.IsRetryableByDefault(ErrorKindRules.KindForStatus(status)), provider, status);
        return LipSyncExceptionFactory.Create(
            failure.Kind, $"{provider}: downloading {Describe(url)} failed: {failure.Message}", failure.IsRetryable, failure.Provider,
            failure.StatusCode, failure.ErrorCode, failure.RetryAfter, failure.RequestId, failure);
    }

    // Signed URLs carry their credentials in the query string: never put it in a message.
    private static string Describe(Uri url) => url.GetLeftPart(UriPartial.Path);
}
