using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace LipSync.Cli.Commands;

/// <summary>Options shared by several commands (each command gets its own instances).</summary>
internal static class CommonOptions
{
    /// <summary><c>--provider</c> for <c>generate</c>: only providers that run lip-sync jobs, with a message that says why another is refused.</summary>
    public static Option<string> LipSyncProvider()
    {
        var accepted = ProviderConnection.LipSyncProviderNames;
        var option = new Option<string>("--provider")
        {
            Description = $"The lip-sync provider: {string.Join(", ", accepted)}.",
            Required = true,
        };
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (value is null || accepted.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                return;
            }

            result.AddError(ProviderConnection.KnownProviders.Contains(value, StringComparer.OrdinalIgnoreCase)
                ? $"--provider: {value.ToLowerInvariant()} does not run lip-sync jobs, so 'generate' cannot submit one; create its jobs with the SDK's native client and follow them with 'lipsync status' or 'lipsync wait'. Lip-sync providers: {string.Join(", ", accepted)}."
                : $"--provider: unknown provider '{value}'. Lip-sync providers: {string.Join(", ", accepted)}.");
        });
        return option;
    }

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

    public static Option<double?> Timeout() => Number<double>(
        "--timeout", "Give up after this many seconds overall (exit code 5).", "a positive number of seconds (at most 86400, one day)",
        seconds => seconds > 0 && seconds <= TimeSpan.FromDays(1).TotalSeconds);

    public static Option<int?> MaxRetries() => Number<int>(
        "--max-retries", "Retries per API call for retryable failures, 0 to 20 (default 3).", "a whole number from 0 to 20", retries => retries is >= 0 and <= 20);

    public static Option<int?> Port() => Number<int>(
        "--port", "The loopback port to listen on (default 0: a free port the system picks).", "a port number from 0 to 65535", port => port is >= 0 and <= 65535);

    public static Option<int?> Status() => Number<int>(
        "--status", "The HTTP status code of the response.", "an HTTP status code from 100 to 599", code => code is >= 100 and <= 599);

    /// <summary>
    /// The one way numbers are read: invariant culture, range checked, and a message that names the option, the value
    /// and what is expected (the parser's own message names a CLR type such as <c>System.Nullable`1[System.Double]</c>).
    /// </summary>
    private static Option<T?> Number<T>(string name, string description, string expected, Func<T, bool> inRange)
        where T : struct, INumber<T>
    {
        var style = T.IsInteger(T.One) ? NumberStyles.Integer : NumberStyles.Float;
        return new Option<T?>(name)
        {
            Description = description,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return null;
                }

                var token = result.Tokens[0].Value;
                if (T.TryParse(token, style, CultureInfo.InvariantCulture, out var value) && T.IsFinite(value) && inRange(value))
                {
                    return value;
                }

                result.AddError($"{name}: '{token}' is not {expected}.");
                return null;
            },
        };
    }

    public static Option<string?> Output() => new("--output") { Description = "Download the result to this file (streamed; the API key is not sent)." };

    public static TimeSpan? Seconds(double? value) => value is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}
