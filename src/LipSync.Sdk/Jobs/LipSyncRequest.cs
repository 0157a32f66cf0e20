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

    /// <summary>Where the provider should POST the result when the job ends: an absolute http(s) URL.</summary>
    /// <exception cref="ArgumentException">Set to a relative or non-http(s) URL.</exception>
    public Uri? WebhookUrl { get; init => field = value is null ? null : HttpUrl.Require(value, nameof(WebhookUrl)); }

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

    /// <summary>Throws <see cref="FileNotFoundException"/> when a local file input has gone since it was chosen.</summary>
    internal void ThrowIfFilesMissing()
    {
        (Video as LocalMediaSource)?.ThrowIfFileMissing();
        (Audio as LocalMediaSource)?.ThrowIfFileMissing();
    }

    /// <summary>The inputs and settings, secret-free: URLs without their query strings (signed URLs carry credentials there).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        $"Video={Video}, Audio={Audio}, Model={Model ?? "(default)"}"
        + (WebhookUrl is null ? string.Empty : $", WebhookUrl={WebhookUrl.GetLeftPart(UriPartial.Path)}")
        + (ClientReference is null ? string.Empty : $", ClientReference={ClientReference}")
        + (ProviderOptions is null ? string.Empty : $", ProviderOptions=[{string.Join(", ", ProviderOptions.Select(p => p.Key))}]");
}
