using System.Text.Json;

namespace LipSync.Sdk.Webhooks;

/// <summary>
/// Verifies HeyGen webhook deliveries as the notes settle it (heygen-chamelaion.md B8; HeyGen's own docs stop short of
/// the scheme): <c>Heygen-Signature</c> = hex(HMAC-SHA256(secret, raw body)), falling back to the legacy
/// <c>Signature</c> and <c>X-HeyGen-Signature</c> headers; the timestamp is not part of the signed string, but when
/// <c>Heygen-Timestamp</c> is sent it must lie within the tolerance (5 minutes by default) against replays.
/// </summary>
public sealed class HeyGenWebhookVerifier
{
    /// <summary>The v3 signature header.</summary>
    public const string SignatureHeader = "Heygen-Signature";

    /// <summary>The v3 timestamp header (Unix seconds).</summary>
    public const string TimestampHeader = "Heygen-Timestamp";

    /// <summary>The v3 delivery id header, for de-duplication.</summary>
    public const string EventIdHeader = "Heygen-Event-Id";

    private const string Provider = "heygen";
    private static readonly string[] SignatureHeaders = [SignatureHeader, "Signature", "X-HeyGen-Signature"];
    private readonly string _secret;
    private readonly TimeProvider _time;

    /// <summary>Creates a verifier for one endpoint secret.</summary>
    /// <param name="secret">The endpoint secret (<c>whsec_…</c>), used as UTF-8 bytes.</param>
    /// <param name="tolerance">How far <c>Heygen-Timestamp</c> may be from now; null for 5 minutes.</param>
    /// <param name="timeProvider">The clock; null for the system clock.</param>
    public HeyGenWebhookVerifier(string secret, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _secret = secret;
        Tolerance = tolerance ?? TimeSpan.FromMinutes(5);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How far the timestamp header may be from now.</summary>
    public TimeSpan Tolerance { get; }

    /// <summary>Checks a delivery.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="signature">The signature header value.</param>
    /// <param name="timestamp">The <c>Heygen-Timestamp</c> value, when sent.</param>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    public void Verify(ReadOnlySpan<byte> rawBody, string? signature, string? timestamp = null)
    {
        RawBodySignature.Verify(Provider, _secret, rawBody, signature, SignatureHeader);
        if (timestamp is null)
        {
            return;
        }

        if (!WebhookSignatures.TryParseUnixSeconds(timestamp.Trim(), out var seconds))
        {
            throw new LipSyncWebhookVerificationException(Provider, WebhookVerificationFailure.MalformedSignature, $"{TimestampHeader} must be Unix seconds.");
        }

        if (!WebhookSignatures.IsWithin(seconds, Tolerance, _time))
        {
            throw new LipSyncWebhookVerificationException(Provider, WebhookVerificationFailure.TimestampOutsideTolerance,
                $"sent more than {Tolerance.TotalSeconds:0} s from now.");
        }
    }

    /// <summary>Checks a delivery, reading the signature and timestamp headers.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="headers">The request headers.</param>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    public void Verify(ReadOnlySpan<byte> rawBody, IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers)
    {
        var list = headers?.ToList();
        var signature = SignatureHeaders.Select(name => WebhookSignatures.Header(list, name)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        Verify(rawBody, signature, WebhookSignatures.Header(list, TimestampHeader));
    }

    /// <summary>Signs a body as HeyGen would (for tests).</summary>
    /// <param name="rawBody">The body.</param>
    /// <param name="secret">The secret.</param>
    /// <returns>The hex signature.</returns>
    public static string Sign(ReadOnlySpan<byte> rawBody, string secret) => WebhookSignatures.ComputeHex(secret, [], rawBody);
}

/// <summary>
/// A HeyGen webhook payload: <c>{"event_type": …, "event_data": {…}}</c> (the n8n node reads <c>event</c>, so that
/// spelling is accepted too).
/// </summary>
public sealed class HeyGenWebhookEvent
{
    /// <summary>The event, such as <c>avatar_video.success</c> or <c>avatar_video.fail</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>The top-level <c>event_id</c>, when sent (de-duplicate on it or on <c>Heygen-Event-Id</c>).</summary>
    public string? EventId { get; init; }

    /// <summary>The video (<c>event_data.video_id</c>, or <c>video_translate_id</c>).</summary>
    public string? VideoId { get; init; }

    /// <summary>The result URL (<c>event_data.url</c>) on success.</summary>
    public string? Url { get; init; }

    /// <summary>The caller's correlation id (<c>event_data.callback_id</c>).</summary>
    public string? CallbackId { get; init; }

    /// <summary>The failure message (<c>msg</c> on avatar videos, <c>message</c> on translations).</summary>
    public string? Message { get; init; }

    /// <summary>The whole <c>event_data</c> object.</summary>
    public JsonElement EventData { get; init; }

    /// <summary>Whether the event reports a failure (its type ends in <c>.fail</c> or <c>failed</c>).</summary>
    public bool IsFailure => EventType.EndsWith(".fail", StringComparison.OrdinalIgnoreCase) || EventType.EndsWith("failed", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a payload (verify it first).</summary>
    /// <param name="rawBody">The body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="LipSyncException">Not a HeyGen webhook payload.</exception>
    public static HeyGenWebhookEvent Parse(ReadOnlySpan<byte> rawBody)
    {
        using var document = WebhookJson.ParseObject(rawBody, "heygen");
        var root = document.RootElement;
        var type = WebhookJson.Text(root, "event_type") ?? WebhookJson.Text(root, "event")
            ?? throw WebhookJson.Invalid("heygen", "no event_type");
        var data = root.TryGetProperty("event_data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Clone() : default;
        return new HeyGenWebhookEvent
        {
            EventType = type,
            EventId = WebhookJson.Text(root, "event_id"),
            VideoId = WebhookJson.Text(data, "video_id") ?? WebhookJson.Text(data, "video_translate_id"),
            Url = WebhookJson.Text(data, "url"),
            CallbackId = WebhookJson.Text(data, "callback_id"),
            Message = WebhookJson.Text(data, "msg") ?? WebhookJson.Text(data, "message"),
            EventData = data,
        };
    }
}
