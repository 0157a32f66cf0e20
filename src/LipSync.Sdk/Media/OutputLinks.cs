using System.Globalization;
using System.Web;

namespace LipSync.Sdk;

/// <summary>
/// What a result link says about itself: whether it is presigned (it carries its own credential, so the API key must
/// never go with it, even to the provider's own host) and when it expires. Rules are data: one row per storage scheme.
/// </summary>
internal static class OutputLinks
{
    // Query parameters that carry a link's own credential: S3 SigV4, CloudFront, GCS V4, Azure SAS, Sync's result
    // token (api.sync.so/v2/generations/{id}/result?token=…), the generic "sig" of CDNs and the AudioSpliter emulator.
    private static readonly string[] SignatureParameters =
        ["X-Amz-Signature", "Signature", "X-Goog-Signature", "sig", "token"];

    // Expiry rules: (date parameter, lifetime parameter) pairs read as issued + seconds, then absolute expiries.
    private static readonly (string Issued, string Lifetime, string Format)[] RelativeExpiries =
    [
        ("X-Amz-Date", "X-Amz-Expires", "yyyyMMdd'T'HHmmss'Z'"),
        ("X-Goog-Date", "X-Goog-Expires", "yyyyMMdd'T'HHmmss'Z'"),
    ];

    // CloudFront and S3 SigV2 "Expires", generic "expires": Unix seconds. Azure SAS "se": ISO 8601.
    private static readonly string[] UnixExpiries = ["Expires", "expires"];

    public static bool IsPresigned(Uri url)
    {
        var query = Parse(url);
        return SignatureParameters.Any(name => !string.IsNullOrEmpty(query[name]));
    }

    /// <summary>The expiry the link carries, or null when it says none (or says it in a way not listed here).</summary>
    public static DateTimeOffset? ExpiresAt(Uri url)
    {
        var query = Parse(url);
        foreach (var (issued, lifetime, format) in RelativeExpiries)
        {
            if (DateTimeOffset.TryParseExact(query[issued], format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from)
                && long.TryParse(query[lifetime], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return from.AddSeconds(Math.Min(seconds, 10L * 365 * 24 * 3600));
            }
        }

        foreach (var name in UnixExpiries)
        {
            if (long.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var unix) && unix < 253402300799)
            {
                return DateTimeOffset.FromUnixTimeSeconds(unix);
            }
        }

        return DateTimeOffset.TryParse(query["se"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var azure) ? azure : null;
    }

    /// <summary>Whether <paramref name="url"/> is on the provider's own API (same scheme, host and port as its base address).</summary>
    public static bool IsOnApiHost(Uri url, Uri baseAddress) =>
        string.Equals(url.Scheme, baseAddress.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(url.Host, baseAddress.Host, StringComparison.OrdinalIgnoreCase)
        && url.Port == baseAddress.Port;

    /// <summary>The link without its query, which holds its credential: the only form that may appear in messages.</summary>
    public static string Describe(Uri url) => url.GetLeftPart(UriPartial.Path);

    private static System.Collections.Specialized.NameValueCollection Parse(Uri url) => HttpUtility.ParseQueryString(url.Query);
}
