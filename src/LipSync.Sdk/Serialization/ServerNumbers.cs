namespace LipSync.Sdk;

/// <summary>
/// Turns numbers a server sent into the neutral model's values without trusting their range: a duration of
/// <c>1e300</c> seconds would overflow <see cref="TimeSpan"/>, so anything negative, non-finite or beyond
/// <see cref="TimeSpan.MaxValue"/> reads as "not reported".
/// </summary>
internal static class ServerNumbers
{
    private static readonly double LongestSeconds = TimeSpan.MaxValue.TotalSeconds;

    /// <summary>A duration in seconds, or null when the value is missing or no duration.</summary>
    public static TimeSpan? Duration(double? seconds) =>
        seconds is { } value && double.IsFinite(value) && value >= 0 && value < LongestSeconds ? TimeSpan.FromSeconds(value) : null;

    /// <summary>Progress as a percentage: null when missing or not a number, otherwise clamped to 0–100.</summary>
    public static double? Percent(double? value) =>
        value is { } number && double.IsFinite(number) ? Math.Clamp(number, 0, 100) : null;
}
