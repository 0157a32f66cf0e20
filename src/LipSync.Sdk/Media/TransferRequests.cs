namespace LipSync.Sdk;

/// <summary>
/// The one place presigned uploads are built, whichever provider sends them: an absolute URL that never carries the
/// API key (even on the API's own host: the signature is the credential), exempt from the API call timeouts like every
/// bulk transfer (the caller's token bounds it), and a single attempt unless the source can be read again from the
/// start. Result downloads are built by <see cref="DownloadRequests"/> on the same terms.
/// </summary>
internal static class TransferRequests
{
    public static ApiRequest Upload(HttpMethod method, Uri target, string operation, Func<HttpContent> content, bool sourceCanReopen) =>
        ApiRequest.ToAbsoluteUrl(
            method, target, operation, sourceCanReopen ? RequestSafety.Idempotent : RequestSafety.SingleAttempt, content,
            bulkTransfer: true, omitCredentials: true, canRetry: sourceCanReopen);
}
