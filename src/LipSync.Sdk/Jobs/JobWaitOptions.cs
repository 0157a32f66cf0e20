namespace LipSync.Sdk;

/// <summary>How <see cref="ILipSyncClient.WaitForCompletionAsync"/> polls.</summary>
public sealed class JobWaitOptions
{
    /// <summary>The first interval between polls. Default 1 second.</summary>
    public TimeSpan InitialInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest interval between polls. Default 10 seconds.</summary>
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How much the interval grows after each poll that saw no terminal state. Default 1.5.</summary>
    public double BackoffFactor { get; set; } = 1.5;

    /// <summary>How long to wait overall before giving up with a <see cref="LipSyncErrorKind.Timeout"/> error. Default 30 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Whether to use the provider's long poll where it has one (Sync: <c>GET /v2/generate/{id}?wait=true</c>, held by
    /// the server up to <see cref="LongPollTimeout"/>), so a change is seen as it happens with fewer requests. Default true.
    /// </summary>
    public bool UseLongPolling { get; set; } = true;

    /// <summary>How long the server may hold one long poll (Sync allows 1–10 s). Default 10 seconds.</summary>
    public TimeSpan LongPollTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Receives the job each time its status or progress changes.</summary>
    public IProgress<LipSyncJob>? Progress { get; set; }

    internal void Validate()
    {
        if (InitialInterval <= TimeSpan.Zero || MaxInterval < InitialInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialInterval), "InitialInterval must be positive and not above MaxInterval.");
        }

        if (BackoffFactor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BackoffFactor), "BackoffFactor must be at least 1.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), "Timeout must be positive.");
        }
    }
}
