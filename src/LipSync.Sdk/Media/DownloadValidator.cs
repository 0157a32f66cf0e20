using System.Globalization;

namespace LipSync.Sdk;

/// <summary>
/// What identifies the object behind a result link across requests: its strong ETag, else its Last-Modified time.
/// Sent as <c>If-Range</c> when resuming, and compared on every answer, so bytes of two versions are never spliced.
/// </summary>
internal sealed record DownloadValidator(string? ETag, DateTimeOffset? LastModified)
{
    /// <summary>The validator of a response, or null when it has none usable (weak ETags cannot validate a range).</summary>
    public static DownloadValidator? From(HttpResponseMessage response)
    {
        var etag = response.Headers.ETag is { IsWeak: false } strong ? strong.ToString() : null;
        var lastModified = response.Content.Headers.LastModified;
        return etag is null && lastModified is null ? null : new DownloadValidator(etag, lastModified);
    }

    public string? IfRange => ETag ?? LastModified?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>False only when both sides name their object and the names differ.</summary>
    public bool IsSameObjectAs(DownloadValidator? other) =>
        other is null
        || (ETag is not null && other.ETag is not null ? string.Equals(ETag, other.ETag, StringComparison.Ordinal)
            : LastModified is null || other.LastModified is null || LastModified == other.LastModified);
}
