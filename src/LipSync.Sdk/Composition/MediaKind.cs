namespace LipSync.Sdk;

/// <summary>What kind of media a source holds, as far as its content type or file extension tells.</summary>
internal static class MediaKind
{
    /// <summary>Whether the source is a still image (by content type for local media, by extension for URLs).</summary>
    public static bool IsImage(MediaSource? source) => source switch
    {
        LocalMediaSource local => local.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase),
        UrlMediaSource url => MediaContentTypes.FromFileName(url.Url.AbsolutePath).StartsWith("image/", StringComparison.Ordinal),
        _ => false,
    };
}
