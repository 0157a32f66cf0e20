using System.Globalization;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// Settings only Chamelaion has. With dependency injection or <see cref="LipSyncClientFactory"/> they are read from
/// <see cref="LipSyncProviderOptions.AdditionalProperties"/> of the <c>chamelaion</c> provider (configuration keys
/// <c>LipSync:Providers:chamelaion:AdditionalProperties:LimitGenerationRate</c> and so on), which keeps the shared
/// options free of one-provider fields; the stand-alone <see cref="ChamelaionClient"/> also takes them directly.
/// </summary>
/// <example>
/// <code>
/// "LipSync": { "Providers": { "chamelaion": {
///   "ApiKey": "...",
///   "AdditionalProperties": { "LimitGenerationRate": "true", "GenerationRequestsPerMinute": "60" } } } }
/// </code>
/// </example>
public sealed class ChamelaionOptions
{
    /// <summary>The key of <see cref="LimitGenerationRate"/> in <see cref="LipSyncProviderOptions.AdditionalProperties"/>.</summary>
    public const string LimitGenerationRateKey = "LimitGenerationRate";

    /// <summary>The key of <see cref="GenerationRequestsPerMinute"/> in <see cref="LipSyncProviderOptions.AdditionalProperties"/>.</summary>
    public const string GenerationRequestsPerMinuteKey = "GenerationRequestsPerMinute";

    /// <summary>The key of <see cref="GenerationQueueLimit"/> in <see cref="LipSyncProviderOptions.AdditionalProperties"/>.</summary>
    public const string GenerationQueueLimitKey = "GenerationQueueLimit";

    /// <summary>
    /// Opt-in: pace calls to the two generate endpoints on the client so that a burst waits its turn instead of
    /// failing with 429. Chamelaion documents "60 requests/min on generation endpoints". Default false.
    /// </summary>
    public bool LimitGenerationRate { get; set; }

    /// <summary>The permits per rolling minute when <see cref="LimitGenerationRate"/> is on. Default 60 (the documented limit).</summary>
    public int GenerationRequestsPerMinute { get; set; } = 60;

    /// <summary>
    /// How many generate calls may wait for a permit at once; one more fails at once with a
    /// <see cref="LipSyncErrorKind.RateLimited"/> error. Default 10 000.
    /// </summary>
    public int GenerationQueueLimit { get; set; } = 10_000;

    /// <summary>Reads the options from provider-specific settings; missing keys keep their defaults.</summary>
    /// <param name="properties">The settings, such as <see cref="LipSyncProviderOptions.AdditionalProperties"/>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">A value is not readable or out of range.</exception>
    public static ChamelaionOptions FromAdditionalProperties(IEnumerable<KeyValuePair<string, string?>>? properties)
    {
        var options = new ChamelaionOptions();
        foreach (var (key, value) in properties ?? [])
        {
            if (string.Equals(key, LimitGenerationRateKey, StringComparison.OrdinalIgnoreCase))
            {
                options.LimitGenerationRate = bool.TryParse(value, out var on)
                    ? on
                    : throw Invalid(key, value, "true or false");
            }
            else if (string.Equals(key, GenerationRequestsPerMinuteKey, StringComparison.OrdinalIgnoreCase))
            {
                options.GenerationRequestsPerMinute = ParseInt(key, value);
            }
            else if (string.Equals(key, GenerationQueueLimitKey, StringComparison.OrdinalIgnoreCase))
            {
                options.GenerationQueueLimit = ParseInt(key, value);
            }
        }

        options.Validate();
        return options;
    }

    internal void Validate()
    {
        if (GenerationRequestsPerMinute < 1)
        {
            throw Invalid(GenerationRequestsPerMinuteKey, GenerationRequestsPerMinute.ToString(CultureInfo.InvariantCulture), "a whole number of at least 1");
        }

        if (GenerationQueueLimit < 0)
        {
            throw Invalid(GenerationQueueLimitKey, GenerationQueueLimit.ToString(CultureInfo.InvariantCulture), "a whole number of at least 0");
        }
    }

    private static int ParseInt(string key, string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw Invalid(key, value, "a whole number");

    private static ArgumentException Invalid(string key, string? value, string expected) =>
        new($"LipSync:Providers:chamelaion:AdditionalProperties:{key} must be {expected} (was '{value}').", nameof(ChamelaionOptions));
}
