using System.Globalization;

namespace LipSync.Sdk;

/// <summary>
/// The checks on <see cref="LipSyncOptions.AttemptTimeout"/> and <see cref="LipSyncOptions.TotalTimeout"/> (and their
/// per-provider overrides). A negative or zero value used to disable the timeout silently; a bare number in JSON binds
/// as days (<c>"TotalTimeout": 300</c> is 300 days, not 300 seconds), so values above <see cref="Maximum"/> are refused
/// with the spelling that was probably meant.
/// </summary>
internal static class TimeoutRules
{
    /// <summary>The longest timeout accepted: no single call (attempts and delays together) plausibly needs a day.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(1);

    /// <summary>Each value set: positive (or infinite) and at most <see cref="Maximum"/>.</summary>
    public static IEnumerable<string> CheckValues(string owner, TimeSpan? attempt, TimeSpan? total)
    {
        foreach (var (name, value) in new[] { ("AttemptTimeout", attempt), ("TotalTimeout", total) })
        {
            if (value is { } timeout && Problem(timeout) is { } problem)
            {
                yield return $"{owner}:{name} {problem}";
            }
        }
    }

    /// <summary>The timeouts a client will run with: one attempt no longer than the whole call.</summary>
    public static IEnumerable<string> CheckOrder(string owner, TimeSpan attempt, TimeSpan total)
    {
        if (IsFinite(attempt) && IsFinite(total) && attempt > total)
        {
            yield return $"{owner}:AttemptTimeout ({Format(attempt)}) is longer than {owner}:TotalTimeout ({Format(total)}): one attempt cannot outlast the whole call.";
        }
    }

    private static string? Problem(TimeSpan value) =>
        value == Timeout.InfiniteTimeSpan ? null
        : value <= TimeSpan.Zero ? $"must be positive (was {Format(value)}); use \"{Timeout.InfiniteTimeSpan}\" (Timeout.InfiniteTimeSpan) to disable it."
        : value > Maximum ? $"is {Format(value)}, more than the {Maximum.TotalHours:0} hours allowed. TimeSpan settings are \"[d.]hh:mm:ss\": a bare number is days (300 is 300 days); write \"00:05:00\" for five minutes."
        : null;

    private static bool IsFinite(TimeSpan value) => value != Timeout.InfiniteTimeSpan && value > TimeSpan.Zero;

    private static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
