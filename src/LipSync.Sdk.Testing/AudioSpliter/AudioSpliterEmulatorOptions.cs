namespace LipSync.Sdk.Testing;

/// <summary>Settings for <see cref="AudioSpliterEmulator.StartAsync"/>.</summary>
public sealed class AudioSpliterEmulatorOptions : LoopbackEmulatorOptions
{
    /// <summary>Creates options with <see cref="LoopbackEmulatorOptions.ApiKey"/> set to <see cref="AudioSpliterEmulator.DefaultApiKey"/>.</summary>
    public AudioSpliterEmulatorOptions()
    {
        ApiKey = AudioSpliterEmulator.DefaultApiKey;
    }

    /// <summary>Reads of a job that move it from <c>queued</c> to <c>processing</c> (default 1).</summary>
    public int PollsUntilProcessing { get; set; } = 1;

    /// <summary>Reads of a job that finish it (default 3).</summary>
    public int PollsUntilCompleted { get; set; } = 3;

    /// <summary>The length in seconds of every source (default 600).</summary>
    public double SourceDurationSeconds { get; set; } = 600;

    /// <summary>How long a segment download URL stays valid, by the emulator's clock (default 1 hour).</summary>
    public TimeSpan SegmentUrlLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Requests allowed per 60-second window before <c>429 RATE_LIMITED</c> (default 60, Starter plan).</summary>
    public int RequestsPerMinute { get; set; } = 60;

    /// <summary>
    /// The host name put in segment download URLs instead of the emulator's own (for example <c>localhost</c>), so the
    /// download host differs from the API host as a CDN does in production. Null (default) uses the emulator's host.
    /// </summary>
    public string? DownloadHost { get; set; }

    /// <summary>Bytes of fake audio per second of segment (default 200).</summary>
    public int BytesPerSecond { get; set; } = 200;

    /// <summary>
    /// Where and how job-end webhooks are sent (signed with <c>X-AudioSpliter-Signature</c>, named by
    /// <c>X-AudioSpliter-Delivery</c>), with faults; an out-of-order fault sends a stale <c>job.progress</c> after the end.
    /// </summary>
    public WebhookDeliveryOptions Webhooks { get; } = new();
}
