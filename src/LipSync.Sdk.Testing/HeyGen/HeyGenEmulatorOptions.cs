namespace LipSync.Sdk.Testing;

/// <summary>Settings for <see cref="HeyGenEmulator.StartAsync"/>.</summary>
public sealed class HeyGenEmulatorOptions : LoopbackEmulatorOptions
{
    /// <summary>Creates options with <see cref="LoopbackEmulatorOptions.ApiKey"/> set to <see cref="HeyGenEmulator.DefaultApiKey"/>.</summary>
    public HeyGenEmulatorOptions()
    {
        ApiKey = HeyGenEmulator.DefaultApiKey;
    }

    /// <summary>The initial <see cref="HeyGenEmulator.PollsUntilRunning"/> (default 1).</summary>
    public int PollsUntilRunning { get; set; } = 1;

    /// <summary>The initial <see cref="HeyGenEmulator.PollsUntilCompleted"/> (default 2).</summary>
    public int PollsUntilCompleted { get; set; } = 2;

    /// <summary>The <c>duration</c> (seconds) of completed jobs (default 4.2).</summary>
    public double OutputDurationSeconds { get; set; } = 4.2;

    /// <summary>The largest file <c>POST /v3/assets</c> accepts (default 32 MiB, as documented).</summary>
    public long MaxAssetBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// Where and how job-end webhooks are sent (signed with <c>Heygen-Signature</c>, named by <c>Heygen-Event-Id</c>),
    /// with faults. HeyGen sends to the account's registered endpoint, so only <see cref="WebhookDeliveryOptions.Url"/> is used.
    /// </summary>
    public WebhookDeliveryOptions Webhooks { get; } = new();
}
