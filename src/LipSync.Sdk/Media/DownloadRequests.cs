using System.Net.Http.Headers;

namespace LipSync.Sdk;

/// <summary>
/// The one place result-download requests are built, whichever client sends them: a single-attempt GET (the download
/// resumes on its own, so no layer below may resend it), exempt from the API call timeouts like every bulk transfer,
/// without the key unless the link is an unsigned path of the provider's own API, and — when resuming — a
/// <c>Range</c> from the first missing byte with an <c>If-Range</c> validator, so a changed object comes back whole
/// instead of being spliced onto the old one.
/// </summary>
internal static class DownloadRequests
{
    public const string Operation = "DownloadOutput";

    public static ApiRequest Create(Uri url, long offset, DownloadValidator? validator, bool withApiKey)
    {
        var request = ApiRequest.ToAbsoluteUrl(
            HttpMethod.Get, url, Operation, RequestSafety.Idempotent, bulkTransfer: true, omitCredentials: !withApiKey, canRetry: false);
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
