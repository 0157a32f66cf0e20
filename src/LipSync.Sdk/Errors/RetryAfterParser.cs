using System.Globalization;

namespace LipSync.Sdk;

/// <summary>
/// Reads the server's "retry later" hints: <c>Retry-After</c> (delta seconds or an HTTP date, RFC 9110 §10.2.3),
/// <c>retry-after-ms</c> (milliseconds, as sent by several AI APIs) and numeric body fields.
/// </summary>
public static class RetryAfterParser
{
    // A hint longer than this is nonsense (or hostile); clamping keeps TimeSpan arithmetic safe.
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    /// <summary>Parses a <c>Retry-After</c> header value.</summary>
    /// <param name="value">Delta seconds ("120", "1.5") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").</param>
    /// <param name="now">The current time, to turn a date into a delay.</param>
    /// <returns>The delay (never negative), or null when the value is missing or unreadable.</returns>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            var delay = date - now;
            return Clamp(delay);
        }

        return null;
    }

    /// <summary>Parses a millisecond hint such as <c>retry-after-ms</c>.</summary>
    /// <param name="value">A number of milliseconds.</param>
    /// <returns>The delay, or null when unreadable.</returns>
    public static TimeSpan? ParseMilliseconds(string? value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out var ms)
            ? FromSeconds(ms / 1000)
            : null;

    /// <summary>Parses a number of seconds (a body field such as <c>retryAfter</c>).</summary>
    /// <param name="value">A number of seconds.</param>
    /// <returns>The delay, or null when unreadable.</returns>
    public static TimeSpan? ParseSeconds(string? value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out var seconds)
            ? FromSeconds(seconds)
            : null;

    private static TimeSpan? FromSeconds(double seconds) =>
        double.IsFinite(seconds) ? Clamp(TimeSpan.FromSeconds(Math.Min(seconds, Longest.TotalSeconds))) : null;

    private static TimeSpan Clamp(TimeSpan delay) =>
        delay < TimeSpan.Zero ? TimeSpan.Zero : delay > Longest ? Longest : delay;
}
