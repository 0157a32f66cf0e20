using System.Globalization;

namespace LipSync.Sdk.Testing;

// The providers' signing schemes, as the SDK's verifiers check them (one row each).
internal static class WebhookSigners
{
    // Sync (sync.md §7): Sync-Signature: t=<unix seconds>,v1=hex(HMAC-SHA256(secret, "{t}.{body}")).
    public static readonly WebhookSigner Sync = (body, sentAt, _, secret) =>
    {
        var t = sentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return [new("Sync-Signature", $"t={t},v1={WebhookSender.HmacHex(secret, t + ".", body)}")];
    };

    // HeyGen (heygen-chamelaion.md B8): Heygen-Signature = hex(HMAC-SHA256(secret, body)), plus timestamp and event id.
    public static readonly WebhookSigner HeyGen = (body, sentAt, eventId, secret) =>
    [
        new("Heygen-Signature", WebhookSender.HmacHex(secret, string.Empty, body)),
        new("Heygen-Timestamp", sentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        new("Heygen-Event-Id", eventId),
    ];

    // AudioSpliter (envelope-breeze-audiospliter.md §2.6): X-AudioSpliter-Signature = hex(HMAC-SHA256(secret, body)).
    public static readonly WebhookSigner AudioSpliter = (body, _, eventId, secret) =>
    [
        new("X-AudioSpliter-Signature", WebhookSender.HmacHex(secret, string.Empty, body)),
        new("X-AudioSpliter-Delivery", eventId),
        new("User-Agent", "AudioSpliter-Webhook/1.0"),
    ];
}
