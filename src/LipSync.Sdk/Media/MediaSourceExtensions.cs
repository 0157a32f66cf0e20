namespace LipSync.Sdk;

/// <summary>Fluent additions to <see cref="MediaSource"/>.</summary>
public static class MediaSourceExtensions
{
    /// <summary>
    /// Records the media's known playing time, so provider limits on it are checked locally, before any upload or
    /// request (the SDK does not probe media files itself).
    /// </summary>
    /// <typeparam name="T">The source type.</typeparam>
    /// <param name="source">The source.</param>
    /// <param name="duration">The playing time; must be positive.</param>
    /// <returns>The same source.</returns>
    public static T WithDuration<T>(this T source, TimeSpan duration)
        where T : MediaSource
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        source.Duration = duration;
        return source;
    }
}
