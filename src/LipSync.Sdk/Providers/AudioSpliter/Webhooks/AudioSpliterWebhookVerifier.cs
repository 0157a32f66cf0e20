using System.Text.Json;
using LipSync.Sdk.Webhooks;

namespace LipSync.Sdk.Providers.AudioSpliter;

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

    /// <summary>Checks a delivery and parses it.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="headers">The request headers.</param>
    /// <returns>The event; <see cref="AudioSpliterWebhookEvent.ToJob"/> turns it into a neutral job update.</returns>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    /// <exception cref="LipSyncException">The body is not an AudioSpliter webhook payload.</exception>
    public AudioSpliterWebhookEvent VerifyAndParse(ReadOnlySpan<byte> rawBody, IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers)
    {
        Verify(rawBody, headers);
        return AudioSpliterWebhookEvent.Parse(rawBody);
    }

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
