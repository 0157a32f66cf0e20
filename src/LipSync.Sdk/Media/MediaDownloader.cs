using System.Buffers;
using System.Text;

namespace LipSync.Sdk;

/// <summary>
/// Sends downloads of presigned and foreign-host links through a client that has no API key handler at all, so the key
/// cannot reach a storage host whatever the URL says. Redirects are followed (storage links often redirect). Failures
/// become the provider's taxonomy (by status, or the provider's body when it sends one).
/// </summary>
internal sealed class MediaDownloader(string provider, HttpClient? client) : IDownloadSender
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

    public async Task<T> SendAsync<T>(TransferRequest request, Func<HttpResponseMessage, CancellationToken, ValueTask<T>> receive, CancellationToken cancellationToken)
    {
        var url = request.Url;
        using var response = await OpenAsync(provider, request, client, cancellationToken).ConfigureAwait(false);
        try
        {
            return await receive(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw NetworkFailure(provider, url, ex);
        }
    }

    /// <summary>Sends a credential-free GET of <paramref name="url"/> and returns the successful response with its body unread; the caller disposes it.</summary>
    public static Task<HttpResponseMessage> OpenAsync(string provider, Uri url, HttpClient? client, CancellationToken cancellationToken) =>
        OpenAsync(provider, TransferRequests.Download(url, 0, null, withApiKey: false), client, cancellationToken);

    private static async Task<HttpResponseMessage> OpenAsync(string provider, TransferRequest request, HttpClient? client, CancellationToken cancellationToken)
    {
        var url = request.Url;
        using var message = request.CreateMessage();
        HttpResponseMessage response;
        try
        {
            response = await (client ?? SharedClient).SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
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

    private static LipSyncServiceException NetworkFailure(string provider, Uri url, Exception ex) =>
        new($"{provider}: network error while downloading {OutputLinks.Describe(url)}.", LipSyncErrorKind.Network, isRetryable: true, provider, innerException: ex);

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
        var failure = ProviderRegistry.Default.TryGet(provider, out _)
            ? LipSyncErrors.FromResponse(provider, status, body, headers)
            : LipSyncExceptionFactory.Create(ErrorKindRules.KindForStatus(status), $"HTTP {status}", ErrorKindRules.IsRetryableByDefault(ErrorKindRules.KindForStatus(status)), provider, status);
        return LipSyncExceptionFactory.Create(
            failure.Kind, $"{provider}: downloading {OutputLinks.Describe(url)} failed: {failure.Message}", failure.IsRetryable, failure.Provider,
            failure.StatusCode, failure.ErrorCode, failure.RetryAfter, failure.RequestId, failure);
    }
}
