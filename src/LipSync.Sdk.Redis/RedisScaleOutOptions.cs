namespace LipSync.Sdk.Redis;

/// <summary>Settings of <see cref="RedisScaleOutBackend"/>.</summary>
public sealed class RedisScaleOutOptions
{
    /// <summary>The prefix of every key and channel (several apps or accounts can share one Redis). Default <c>lipsync:</c>.</summary>
    public string KeyPrefix { get; set; } = "lipsync:";

    /// <summary>
    /// How long a concurrency slot outlives its holder's last renewal: a dead worker's slots return to the pool after
    /// this. Renewed every third of it while the holder lives. Default 30 seconds.
    /// </summary>
    public TimeSpan SlotLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a worker waiting for a slot checks again when no release notice arrives. Default 1 second.</summary>
    public TimeSpan SlotRetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long event ids are remembered to drop redeliveries (AudioSpliter redelivers for 3 days). Default 4 days.</summary>
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromDays(4);

    /// <summary>How long journal entries and terminal job updates are kept. Default 7 days.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The clock for leases and retries; null for the system clock. Every worker's clock must roughly agree (leases are absolute times).</summary>
    public TimeProvider? TimeProvider { get; set; }
}
