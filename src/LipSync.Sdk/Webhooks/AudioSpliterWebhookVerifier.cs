using System.Globalization;
using System.Text.Json;

namespace LipSync.Sdk.Webhooks;

/// <summary>
/// Verifies AudioSpliter webhook deliveries (envelope-breeze-audiospliter.md §2.6): <c>X-AudioSpliter-Signature</c> =
/// hex(HMAC-SHA256(secret, raw body)). The timestamp sits inside the signed body, so a replay window can be enforced
/// on it; it is off by default because AudioSpliter redelivers failed events for up to three days.
/// </summary>
public sealed class AudioSpliterWebhookVerifier
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-AudioSpliter-Signature";

    /// <summary>The event name header.</summary>
    public const string EventHeader = "X-AudioSpliter-Event";

    /// <summary>The delivery id header, for de-duplication.</summary>
    public const string DeliveryHeader = "X-AudioSpliter-Delivery";

    private const string Provider = "audiospliter";
    private readonly string _secret;
    private readonly TimeProvider _time;

    /// <summary>Creates a verifier for one secret.</summary>
    /// <param name="secret">The webhook secret (<c>whsec_…</c>), used as UTF-8 bytes.</param>
    /// <param name="tolerance">When set, the payload's <c>timestamp</c> must lie this close to now; null disables the check.</param>
    /// <param name="timeProvider">The clock; null for the system clock.</param>
    public AudioSpliterWebhookVerifier(string secret, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _secret = secret;
        Tolerance = tolerance;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The replay window on the payload's timestamp, or null when not checked.</summary>
    public TimeSpan? Tolerance { get; }

    /// <summary>Checks a delivery.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="signature">The <c>X-AudioSpliter-Signature</c> value.</param>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    public void Verify(ReadOnlySpan<byte> rawBody, string? signature)
    {
        RawBodySignature.Verify(Provider, _secret, rawBody, signature, SignatureHeader);
        if (Tolerance is not { } tolerance)
        {
            return;
        }

        var sent = TryReadTimestamp(rawBody)
            ?? throw new LipSyncWebhookVerificationException(Provider, WebhookVerificationFailure.MalformedSignature, "the payload has no readable timestamp.");
        if (!WebhookSignatures.IsWithin(sent.ToUnixTimeSeconds(), tolerance, _time))
        {
            throw new LipSyncWebhookVerificationException(Provider, WebhookVerificationFailure.TimestampOutsideTolerance,
                $"sent at {sent:u}, more than {tolerance.TotalSeconds:0} s from now.");
        }
    }

    /// <summary>Checks a delivery, reading the signature header.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="headers">The request headers.</param>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    public void Verify(ReadOnlySpan<byte> rawBody, IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers) =>
        Verify(rawBody, WebhookSignatures.Header(headers, SignatureHeader));

    /// <summary>Signs a body as AudioSpliter would (for tests).</summary>
    /// <param name="rawBody">The body.</param>
    /// <param name="secret">The secret.</param>
    /// <returns>The hex signature.</returns>
    public static string Sign(ReadOnlySpan<byte> rawBody, string secret) => WebhookSignatures.ComputeHex(secret, [], rawBody);

    private static DateTimeOffset? TryReadTimestamp(ReadOnlySpan<byte> rawBody)
    {
        try
        {
            var reader = new Utf8JsonReader(rawBody);
            using var document = JsonDocument.ParseValue(ref reader);
            return AudioSpliterWebhookEvent.ReadTimestamp(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>An AudioSpliter webhook payload: <c>{event, jobId, timestamp, data}</c>.</summary>
public sealed class AudioSpliterWebhookEvent
{
    /// <summary><c>job.completed</c>, <c>job.failed</c> or <c>job.progress</c>.</summary>
    public required string Event { get; init; }

    /// <summary>The job (<c>jobId</c>, <c>job_…</c>).</summary>
    public string? JobId { get; init; }

    /// <summary>When the event happened (<c>timestamp</c>, ISO-8601 or Unix seconds).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Progress 0–100 on <c>job.progress</c> (<c>data.progress</c>).</summary>
    public double? Progress { get; init; }

    /// <summary>The failure code on <c>job.failed</c> (<c>data.error.code</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The failure message on <c>job.failed</c> (<c>data.error.message</c>).</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The whole <c>data</c> object.</summary>
    public JsonElement Data { get; init; }

    /// <summary>Parses a payload (verify it first).</summary>
    /// <param name="rawBody">The body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="LipSyncException">Not an AudioSpliter webhook payload.</exception>
    public static AudioSpliterWebhookEvent Parse(ReadOnlySpan<byte> rawBody)
    {
        using var document = WebhookJson.ParseObject(rawBody, "audiospliter");
        var root = document.RootElement;
        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Clone() : default;
        var error = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        return new AudioSpliterWebhookEvent
        {
            Event = WebhookJson.Text(root, "event") ?? throw WebhookJson.Invalid("audiospliter", "no event"),
            JobId = WebhookJson.Text(root, "jobId"),
            Timestamp = ReadTimestamp(root),
            Progress = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("progress", out var p) && p.TryGetDouble(out var value) ? value : null,
            ErrorCode = WebhookJson.Text(error, "code"),
            ErrorMessage = WebhookJson.Text(error, "message"),
            Data = data,
        };
    }

    internal static DateTimeOffset? ReadTimestamp(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("timestamp", out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds),
            JsonValueKind.String when DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) => date,
            _ => null,
        };
    }
}
