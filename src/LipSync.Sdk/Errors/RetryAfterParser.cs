using System.Globalization;
using System.Net.Http.Headers;

namespace LipSync.Sdk;

/// <summary>
/// The one reader of the server's "retry later" hints, for error responses and status polls alike:
/// <c>Retry-After</c> (RFC 9110 §10.2.3), <c>retry-after-ms</c> (milliseconds, sent by several AI APIs) and numeric
/// body fields. Strict on the header: <c>delay-seconds</c> is digits only, and an <c>HTTP-date</c> is one of the
/// three forms RFC 9110 §5.6.7 lists (IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient must
/// accept) — never a lenient date parse, so "12:30" or "tomorrow" is no hint at all.
/// </summary>
internal static class RetryAfterParser
{
    // A hint longer than this is nonsense (or hostile); clamping keeps TimeSpan arithmetic safe.
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    // RFC 9110 §5.6.7: IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT"; asctime "Sun Nov  6 08:49:37 1994" (day padded
    // with a space, or two digits). The RFC 850 form has a two-digit year and is read by hand (ReadRfc850).
    private static readonly string[] FourDigitYearForms = ["ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd MMM  d HH:mm:ss yyyy", "ddd MMM dd HH:mm:ss yyyy"];

    /// <summary>The delay a response's headers ask for: <c>retry-after-ms</c> first (more precise), then <c>Retry-After</c>.</summary>
    /// <param name="headers">The response headers (an <see cref="HttpHeaders"/> is searched without enumerating it).</param>
    /// <param name="now">The current time on the injected clock, to turn a date into a delay.</param>
    /// <returns>The delay (never negative, at most a day), or null when the headers carry no readable hint.</returns>
    public static TimeSpan? FromHeaders(IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers, DateTimeOffset now) =>
        ParseMilliseconds(ErrorClassifier.FindHeader(headers, "retry-after-ms"))
        ?? ParseRetryAfter(ErrorClassifier.FindHeader(headers, "Retry-After"), now);

    /// <summary>Parses a <c>Retry-After</c> header value.</summary>
    /// <param name="value">Delay seconds ("120") or an HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT").</param>
    /// <param name="now">The current time on the injected clock, to turn a date into a delay.</param>
    /// <returns>The delay (never negative, at most a day), or null when the value is missing or not RFC 9110.</returns>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        var text = value.AsSpan().Trim(" \t");
        if (text.IsEmpty)
        {
            return null;
        }

        if (!text.ContainsAnyExceptInRange('0', '9'))
        {
            // delay-seconds = 1*DIGIT; more digits than a long holds is still "a very long time".
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < Longest.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : Longest;
        }

        var date = ReadHttpDate(text.ToString(), now);
        return date is { } at ? Clamp(at - now) : null;
    }

    /// <summary>Parses a millisecond hint such as <c>retry-after-ms</c>.</summary>
    /// <param name="value">A non-negative number of milliseconds.</param>
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

    private static DateTimeOffset? ReadHttpDate(string text, DateTimeOffset now)
    {
        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(text, FourDigitYearForms, CultureInfo.InvariantCulture, utc, out var date))
        {
            return date;
        }

        return ReadRfc850(text, now);
    }

    // rfc850-date = day-name-l "," SP date2 SP time-of-day SP GMT, e.g. "Sunday, 06-Nov-94 08:49:37 GMT". Read by hand:
    // RFC 9110 §5.6.7 says a two-digit year more than 50 years in the future is the most recent past year with the
    // same last two digits — relative to now, not to a culture's fixed pivot year.
    private static DateTimeOffset? ReadRfc850(string text, DateTimeOffset now)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0 || Array.IndexOf(CultureInfo.InvariantCulture.DateTimeFormat.DayNames, text[..comma]) < 0)
        {
            return null;
        }

        var rest = text.AsSpan(comma + 2); // "06-Nov-94 08:49:37 GMT"
        if (rest.Length != 22 || rest[2] != '-' || rest[6] != '-' || rest[9] != ' ' || !rest[18..].SequenceEqual(" GMT")
            || !TwoDigits(rest[..2], out var day) || !TwoDigits(rest[7..9], out var shortYear)
            || Array.IndexOf(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, rest[3..6].ToString()) is var month && month < 0
            || !TimeSpan.TryParseExact(rest[10..18], @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var time))
        {
            return null;
        }

        var year = now.Year / 100 * 100 + shortYear;
        year = year > now.Year + 50 ? year - 100 : year;
        return day >= 1 && day <= DateTime.DaysInMonth(year, month + 1)
            ? new DateTimeOffset(year, month + 1, day, 0, 0, 0, TimeSpan.Zero) + time
            : null;
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static TimeSpan? FromSeconds(double seconds) =>
        double.IsFinite(seconds) ? Clamp(TimeSpan.FromSeconds(Math.Min(seconds, Longest.TotalSeconds))) : null;

    private static TimeSpan Clamp(TimeSpan delay) =>
        delay < TimeSpan.Zero ? TimeSpan.Zero : delay > Longest ? Longest : delay;
}
