namespace LipSync.Sdk.ScaleOut;

/// <summary>Settings of the scale-out middleware (<see cref="ScaleOutLipSyncClientBuilderExtensions.UseScaleOut(LipSyncClientBuilder, Action{ScaleOutOptions}?)"/>).</summary>
public sealed class ScaleOutOptions
{
    /// <summary>Where shared state lives; null: the <see cref="IScaleOutBackend"/> registered in DI, else an in-process one.</summary>
    public IScaleOutBackend? Backend { get; set; }

    /// <summary>
    /// The plan's concurrency per provider (running jobs the account may have; Sync: Hobbyist 1, Creator 3, Growth 6,
    /// Scale 15). A provider without an entry takes no slots.
    /// </summary>
    public IDictionary<string, int> ConcurrencyLimits { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The request-rate limits applied (shared through the backend); the documented ones by default. Clear to turn them off.</summary>
    public IList<RequestRateLimit> RateLimits { get; } = [.. RequestRateLimit.Documented];

    /// <summary>
    /// How long a wait relies on webhooks alone before it also polls. Null (default): poll from the start while also
    /// listening for webhooks (whichever comes first wins). Set it when webhooks are configured, so waits cost 0 polls.
    /// </summary>
    public TimeSpan? WebhookGracePeriod { get; set; }
}
