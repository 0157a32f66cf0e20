using System.Text.Json.Nodes;

namespace LipSync.Sdk;

/// <summary>A provider-neutral lip-sync request: make the person in <see cref="Video"/> speak <see cref="Audio"/>.</summary>
public sealed class LipSyncRequest
{
    /// <summary>The video (or image, where the provider supports it) whose lips are synced.</summary>
    public required MediaSource Video { get; init; }

    /// <summary>The speech to sync to.</summary>
    public required MediaSource Audio { get; init; }

    /// <summary>The provider's model name; null uses the provider's default (Sync: <c>lipsync-2</c>).</summary>
    public string? Model { get; init; }

    /// <summary>Where the provider should POST the result when the job ends.</summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>
    /// The caller's own reference for the job (Chamelaion <c>reference_id</c>). Providers without such a field (Sync)
    /// do not send it; it is still copied onto the returned <see cref="LipSyncJob.ClientReference"/>.
    /// </summary>
    public string? ClientReference { get; init; }

    /// <summary>
    /// The key that makes the create call safe to retry, where the provider supports one (Sync, HeyGen v3).
    /// Null: the SDK generates one per call and reuses it on every retry of that call.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// Provider-specific options merged into the provider's native options object (Sync: <c>options</c>, snake_case
    /// keys such as <c>sync_mode</c>). The escape hatch that keeps the neutral model free of one-provider fields.
    /// </summary>
    public JsonObject? ProviderOptions { get; init; }
}
