namespace LipSync.Sdk.Testing;

// Webhooks, clock-driven jobs and the plan's concurrency limit.
public sealed partial class SyncEmulatorOptions
{
    /// <summary>Where and how job-end webhooks are sent (signed with <c>Sync-Signature</c>), with faults.</summary>
    public WebhookDeliveryOptions Webhooks { get; } = new();

    /// <summary>
    /// When set, a generation finishes this long after its create on the emulator's clock, whether or not it is polled
    /// (polls no longer move it), like the real service. Null (default): the poll-driven state machine.
    /// </summary>
    public TimeSpan? JobDuration { get; set; }

    /// <summary>
    /// The plan's concurrency: a create while this many generations are <c>PENDING</c>/<c>PROCESSING</c> is answered
    /// 429 <c>concurrency_limit_reached</c>. Null (default): unlimited.
    /// </summary>
    public int? ConcurrencyLimit { get; set; }
}
