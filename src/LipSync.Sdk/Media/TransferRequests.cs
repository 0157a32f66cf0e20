using System.Net.Http.Headers;

namespace LipSync.Sdk;

/// <summary>
/// The one factory of media transfers, whichever provider sends them:
/// <list type="bullet">
/// <item>a presigned upload never carries the API key (even on the API's own host: the signature is the credential) and is
/// a single attempt unless the source can be read again from the start;</item>
/// <item>a result download is a single-attempt GET (it resumes on its own, so no layer below may resend it), without the
/// key unless the link is an unsigned path of the provider's own API, and — when resuming — a <c>Range</c> from the
/// first missing byte with an <c>If-Range</c> validator, so a changed object comes back whole instead of being spliced
/// onto the old one.</item>
/// </list>
/// Both are exempt from the API call timeouts like every bulk transfer (the caller's token bounds them).
/// </summary>
internal static class TransferRequests
{
    public const string DownloadOperation = "DownloadOutput";

    public static TransferRequest Upload(HttpMethod method, Uri target, string operation, Func<HttpContent> content, bool sourceCanReopen) =>
        new(method, target, operation, content, canRetry: sourceCanReopen, withApiKey: false);

    public static TransferRequest Download(Uri url, long offset, DownloadValidator? validator, bool withApiKey)
    {
        var request = new TransferRequest(HttpMethod.Get, url, DownloadOperation, content: null, canRetry: false, withApiKey);
        if (offset > 0)
        {
            request.WithHeader("Range", new RangeHeaderValue(offset, null).ToString());
            if (validator?.IfRange is { } ifRange)
            {
                request.WithHeader("If-Range", ifRange);
            }
        }

        return request;
    }
}
