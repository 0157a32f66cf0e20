namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// The full URL of an envelope path. Base addresses may carry a path prefix (<c>https://api.example.com/api/v1</c>), so
/// the path is appended to it exactly as written (its escapes and query untouched); an absolute http(s) URL is used as
/// is (the API key handler keeps the key off foreign hosts).
/// </summary>
internal static class EnvelopeUrl
{
    public static string Combine(Uri baseAddress, string pathAndQuery) =>
        pathAndQuery.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || pathAndQuery.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? new Uri(pathAndQuery, UriKind.Absolute).OriginalString
            : baseAddress.AbsoluteUri.TrimEnd('/') + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);

    public static Uri ToUri(Uri baseAddress, string pathAndQuery) => new(Combine(baseAddress, pathAndQuery), UriKind.Absolute);
}
