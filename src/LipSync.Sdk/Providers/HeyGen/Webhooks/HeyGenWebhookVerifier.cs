using LipSync.Sdk.Webhooks;

namespace LipSync.Sdk.Providers.HeyGen;

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

    /// <summary>Checks a delivery and parses it.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="headers">The request headers.</param>
    /// <returns>The event; <see cref="HeyGenWebhookEvent.ToJob"/> turns it into a neutral job update.</returns>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    /// <exception cref="LipSyncException">The body is not a HeyGen webhook payload.</exception>
    public HeyGenWebhookEvent VerifyAndParse(ReadOnlySpan<byte> rawBody, IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers)
    {
        Verify(rawBody, headers);
        return HeyGenWebhookEvent.Parse(rawBody);
    }

    /// <summary>Signs a body as HeyGen would (for tests).</summary>
    /// <param name="rawBody">The body.</param>
    /// <param name="secret">The secret.</param>
    /// <returns>The hex signature.</returns>
    public static string Sign(ReadOnlySpan<byte> rawBody, string secret) => WebhookSignatures.ComputeHex(secret, [], rawBody);
}
