using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// Result links as storage services issue them: an S3-style presigned query (X-Amz-Date + X-Amz-Expires +
// X-Amz-Signature), or a bare `expires` (Unix seconds) for links on the provider's own API that still need its key.
// Emulators check the expiry on their own clock, not the signature: it is random, there to look (and be treated) like one.
internal static class OutputLink
{
    private const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>Appends a presigned query valid for <paramref name="lifetime"/> from <paramref name="issuedAt"/>.</summary>
    public static string Presign(string url, DateTimeOffset issuedAt, TimeSpan lifetime) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?")
        + string.Create(CultureInfo.InvariantCulture,
            $"X-Amz-Date={issuedAt.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture)}&X-Amz-Expires={(long)Math.Max(1, lifetime.TotalSeconds)}&X-Amz-Signature={Guid.NewGuid():N}");

    /// <summary>Appends an unsigned <c>expires</c> (Unix seconds) to a link that is authenticated by the API key.</summary>
    public static string WithExpiry(string url, DateTimeOffset issuedAt, TimeSpan lifetime) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?")
        + string.Create(CultureInfo.InvariantCulture, $"expires={(issuedAt + lifetime).ToUnixTimeSeconds()}");

    /// <summary>
    /// Whether the link of <paramref name="request"/> has expired by <paramref name="now"/>. A link without an expiry
    /// (built by hand in a test, like <c>GetOutputUrl</c>) never expires; a malformed one has.
    /// </summary>
    public static bool IsExpired(HttpRequest request, DateTimeOffset now)
    {
        var query = request.Query;
        if (query.TryGetValue("X-Amz-Date", out var date))
        {
            return !DateTimeOffset.TryParseExact(date.ToString(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var issued)
                || !long.TryParse(query["X-Amz-Expires"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || now >= issued.AddSeconds(seconds);
        }

        if (query.TryGetValue("expires", out var expires))
        {
            return !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) || now.ToUnixTimeSeconds() >= unix;
        }

        return false;
    }

    /// <summary>The 403 an S3-compatible store answers for an expired presigned link.</summary>
    public static async Task WriteExpiredAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "application/xml";
        await context.Response.WriteAsync(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>",
            context.RequestAborted).ConfigureAwait(false);
    }
}
