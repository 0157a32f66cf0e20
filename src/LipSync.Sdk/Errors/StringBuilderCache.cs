using System.Text;

namespace LipSync.Sdk;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for the short texts of error classification (messages,
/// joined validation items): only the final string is allocated, not the builder and its chunks on every failure.
/// </summary>
internal static class StringBuilderCache
{
    // Large enough for a classified message (detail capped at 500 characters plus the status suffix).
    private const int MaxCachedCapacity = 1024;

    [ThreadStatic]
    private static StringBuilder? _cached;

    public static StringBuilder Acquire()
    {
        var builder = _cached;
        if (builder is null)
        {
            return new StringBuilder(256);
        }

        // Taken out of the cache while in use, so a nested use gets its own builder.
        _cached = null;
        builder.Clear();
        return builder;
    }

    public static string GetStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxCachedCapacity)
        {
            _cached = builder;
        }

        return text;
    }
}
