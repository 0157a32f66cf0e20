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

    private static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(100);
    private TimeSpan? _attemptTimeout;

    /// <summary>
    /// The provider the unkeyed <see cref="ILipSyncClient"/> talks to. When null and exactly one provider is
    /// configured, that one; with two or more providers it is required (start-up validation fails without it).
    /// </summary>
    public string? DefaultProvider { get; set; }

    /// <summary>Per-provider settings by provider name (case-insensitive): "sync", "chamelaion", "heygen", "breeze", "audiospliter".</summary>
    public IDictionary<string, LipSyncProviderOptions> Providers { get; set; } =
        new Dictionary<string, LipSyncProviderOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Default retry settings.</summary>
    public LipSyncRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Timeout of one HTTP attempt. Default 100 seconds, or <see cref="TotalTimeout"/> when that is shorter;
    /// <see cref="Timeout.InfiniteTimeSpan"/> disables it. A value you set must be positive, at most one day and not
    /// above <see cref="TotalTimeout"/> (checked at start-up). In configuration a TimeSpan is <c>"[d.]hh:mm:ss"</c>:
    /// <c>"00:01:40"</c> is 100 seconds, while a bare <c>100</c> would be 100 days.
    /// </summary>
    public TimeSpan AttemptTimeout
    {
        get => _attemptTimeout ?? (TotalTimeout > TimeSpan.Zero && TotalTimeout < DefaultAttemptTimeout ? TotalTimeout : DefaultAttemptTimeout);
        set => _attemptTimeout = value;
    }

    /// <summary>Whether <see cref="AttemptTimeout"/> was set (in code or configuration) rather than left to its default.</summary>
    internal bool AttemptTimeoutIsSet => _attemptTimeout is not null;

    /// <summary>
    /// Timeout of one call across all its attempts and delays. Default 5 minutes; <see cref="Timeout.InfiniteTimeSpan"/>
    /// disables it. Must be positive and at most one day (checked at start-up): <c>"00:05:00"</c>, not <c>300</c>
    /// (which binds as 300 days).
    /// </summary>
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

    /// <summary>The settings that matter when reading logs or a debugger: never an API key.</summary>
    /// <returns>The default provider, each provider's settings, the timeouts and the retry count.</returns>
    public override string ToString() =>
        $"DefaultProvider={DefaultProvider ?? "(not set)"}, Providers=[{string.Join("; ", Providers.Select(p => $"{p.Key}: {p.Value}"))}], "
        + $"AttemptTimeout={AttemptTimeout}, TotalTimeout={TotalTimeout}, MaxRetries={Retry.MaxRetries}";

    /// <summary>The provider the unkeyed client uses, or null when it is ambiguous.</summary>
    internal string? ResolveDefaultProvider() =>
        !string.IsNullOrWhiteSpace(DefaultProvider) ? DefaultProvider
        : Providers.Count == 1 ? Providers.Keys.First()
        : null;
}
