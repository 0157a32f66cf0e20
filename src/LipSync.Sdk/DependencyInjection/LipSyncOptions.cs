namespace LipSync.Sdk;

/// <summary>
/// Settings of the LipSync SDK, bound from the <c>LipSync</c> configuration section or set in code through
/// <c>AddLipSyncClient(options =&gt; ...)</c>.
/// </summary>
/// <example>
/// <code>
/// "LipSync": {
///   "DefaultProvider": "sync",
///   "Retry": { "MaxRetries": 3 },
///   "Providers": { "sync": { "ApiKey": "..." } }
/// }
/// </code>
/// </example>
public sealed class LipSyncOptions
{
    /// <summary>The configuration section name: <c>LipSync</c>.</summary>
    public const string SectionName = "LipSync";

    /// <summary>
    /// The provider the unkeyed <see cref="ILipSyncClient"/> talks to. When null and exactly one provider is
    /// configured, that one.
    /// </summary>
    public string? DefaultProvider { get; set; }

    /// <summary>Per-provider settings by provider name (case-insensitive): "sync", "chamelaion", "heygen", "breeze", "audiospliter".</summary>
    public IDictionary<string, LipSyncProviderOptions> Providers { get; set; } =
        new Dictionary<string, LipSyncProviderOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Default retry settings.</summary>
    public LipSyncRetryOptions Retry { get; set; } = new();

    /// <summary>Timeout of one HTTP attempt. Default 100 seconds; <see cref="Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Timeout of one call across all its attempts and delays. Default 5 minutes; <see cref="Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Adds or replaces a provider's settings.</summary>
    /// <param name="provider">The provider name.</param>
    /// <param name="configure">Sets the provider's options.</param>
    /// <returns>These options, for chaining.</returns>
    public LipSyncOptions AddProvider(string provider, Action<LipSyncProviderOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        if (!Providers.TryGetValue(provider, out var options))
        {
            options = new LipSyncProviderOptions();
            Providers[provider] = options;
        }

        configure?.Invoke(options);
        return this;
    }

    /// <summary>The provider the unkeyed client uses, or null when it is ambiguous.</summary>
    internal string? ResolveDefaultProvider() =>
        !string.IsNullOrWhiteSpace(DefaultProvider) ? DefaultProvider
        : Providers.Count == 1 ? Providers.Keys.First()
        : null;
}
