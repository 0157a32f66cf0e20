using System.CommandLine;

namespace LipSync.Cli.Commands;

/// <summary>Options shared by several commands (each command gets its own instances).</summary>
internal static class CommonOptions
{
    public static Option<string> Provider(IReadOnlyList<string> known)
    {
        var option = new Option<string>("--provider")
        {
            Description = $"The provider: {string.Join(", ", known)}.",
            Required = true,
        };
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. known]);
        return option;
    }

    public static Option<bool> Json() => new("--json") { Description = "Write one JSON object (stdout on success, stderr on failure) instead of text." };

    public static Option<string?> ApiKey() => new("--api-key")
    {
        Description = "The API key; default: the provider's environment variable (SYNC_API_KEY, ...).",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "Replaces the provider's base address (default: LIPSYNC_<PROVIDER>_BASE_URL, else the real API).",
    };

    public static Option<double?> Timeout()
    {
        var option = new Option<double?>("--timeout") { Description = "Give up after this many seconds overall (exit code 5)." };
        option.Validators.Add(result =>
        {
            // Values that do not parse are reported by the parser itself; only parsed values are range-checked here.
            if (result.Tokens.Count == 1
                && double.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                && (seconds <= 0 || !double.IsFinite(seconds) || seconds > TimeSpan.FromDays(1).TotalSeconds))
            {
                result.AddError("--timeout must be a positive number of seconds (at most one day).");
            }
        });
        return option;
    }

    public static Option<string?> Output() => new("--output") { Description = "Download the result to this file (streamed; the API key is not sent)." };

    public static TimeSpan? Seconds(double? value) => value is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}
