using System.Globalization;
using System.Text;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Verifies Sync webhook deliveries (sync.md §7): header <c>Sync-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>,
/// <c>v1 = hex(HMAC-SHA256(UTF-8 secret as-is, "{t}.{body}"))</c>, compared in constant time, with a timestamp
/// tolerance against replays (Sync documents none; 5 minutes by default). Thread-safe; create one per secret.
/// </summary>
/// <remarks>
/// Sync's samples sign <c>JSON.stringify(payload)</c> while a third party reports the raw body: the raw body is tried
/// first, then its compact re-serialization. Always pass the body bytes exactly as received.
/// </remarks>
public sealed class SyncWebhookVerifier
{
    /// <summary>The signature header: <c>Sync-Signature</c>.</summary>
    public const string SignatureHeader = "Sync-Signature";

    private readonly string _secret;
    private readonly TimeProvider _time;

    /// <summary>Creates a verifier for one signing secret.</summary>
    /// <param name="secret">The organization's webhook secret (<c>whsec_…</c>), used as UTF-8 bytes, not base64-decoded.</param>
    /// <param name="tolerance">How far the signed timestamp may be from now, either side; null for 5 minutes.</param>
    /// <param name="timeProvider">The clock; null for the system clock.</param>
    public SyncWebhookVerifier(string secret, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _secret = secret;
        Tolerance = tolerance ?? TimeSpan.FromMinutes(5);
        ArgumentOutOfRangeException.ThrowIfLessThan(Tolerance, TimeSpan.Zero, nameof(tolerance));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How far the signed timestamp may be from now.</summary>
    public TimeSpan Tolerance { get; }

    /// <summary>Checks a delivery's signature.</summary>
    /// <param name="rawBody">The request body exactly as received.</param>
    /// <param name="signatureHeader">The value of <c>Sync-Signature</c> (null when absent).</param>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    public void Verify(ReadOnlySpan<byte> rawBody, string? signatureHeader)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            throw Reject(WebhookVerificationFailure.MissingSignature, $"no {SignatureHeader} header.");
        }

        if (!TryParseHeader(signatureHeader, out var timestamp, out var signatures))
        {
            throw Reject(WebhookVerificationFailure.MalformedSignature, $"{SignatureHeader} must read t=<unix seconds>,v1=<64 hex digits>.");
        }

        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        if (!Signed(prefix, rawBody, signatures) && !(WebhookSignatures.Compact(rawBody) is { } compact && Signed(prefix, compact, signatures)))
        {
            throw Reject(WebhookVerificationFailure.SignatureMismatch, "the signature does not match the body.");
        }

        if (!WebhookSignatures.IsWithin(timestamp, Tolerance, _time))
        {
            throw Reject(WebhookVerificationFailure.TimestampOutsideTolerance,
                $"signed at {DateTimeOffset.FromUnixTimeSeconds(timestamp):u}, more than {Tolerance.TotalSeconds:0} s from now.");
        }
    }

    /// <summary>Checks a delivery's signature, reading <c>Sync-Signature</c> from the request headers.</summary>
    /// <param name="rawBody">The request body exactly as received.</param>
    /// <param name="headers">The request headers.</param>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    public void Verify(ReadOnlySpan<byte> rawBody, IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers)
    {
        var list = headers?.ToList();
        var signature = WebhookSignatures.Header(list, SignatureHeader);

        // Sync's generated payload pages name X-Signature-Primary while its guides and samples use Sync-Signature
        // (sync.md §7): say so when only the former arrives, rather than guess its format.
        if (string.IsNullOrWhiteSpace(signature) && !string.IsNullOrWhiteSpace(WebhookSignatures.Header(list, "X-Signature-Primary")))
        {
            throw Reject(WebhookVerificationFailure.MissingSignature, $"no {SignatureHeader} header; only X-Signature-Primary was sent, whose format Sync does not document.");
        }

        Verify(rawBody, signature);
    }

    /// <summary>Verifies a delivery, then parses it.</summary>
    /// <param name="rawBody">The request body exactly as received.</param>
    /// <param name="signatureHeader">The value of <c>Sync-Signature</c>.</param>
    /// <returns>The typed event.</returns>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    /// <exception cref="LipSyncException">The body is not a Sync webhook payload.</exception>
    public SyncWebhookEvent VerifyAndParse(ReadOnlySpan<byte> rawBody, string? signatureHeader)
    {
        Verify(rawBody, signatureHeader);
        return SyncWebhookEvent.Parse(rawBody);
    }

    /// <summary>Computes the header value Sync would send (for tests and emulators).</summary>
    /// <param name="rawBody">The body.</param>
    /// <param name="secret">The signing secret.</param>
    /// <param name="timestamp">The signing time.</param>
    /// <returns><c>t=…,v1=…</c>.</returns>
    public static string Sign(ReadOnlySpan<byte> rawBody, string secret, DateTimeOffset timestamp)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={WebhookSignatures.ComputeHex(secret, Encoding.UTF8.GetBytes(t + "."), rawBody)}";
    }

    private bool Signed(byte[] prefix, ReadOnlySpan<byte> body, List<string> signatures)
    {
        var expected = WebhookSignatures.Compute(_secret, prefix, body);
        var any = false;
        foreach (var signature in signatures)
        {
            // No early exit: every candidate is compared.
            any |= WebhookSignatures.Matches(expected, signature);
        }

        return any;
    }

    // "t=1700000000,v1=abc…" (order-free; several v1 values are accepted, as during a secret rotation).
    private static bool TryParseHeader(string header, out long timestamp, out List<string> signatures)
    {
        timestamp = 0;
        signatures = [];
        var hasTimestamp = false;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            var (key, value) = (part[..equals], part[(equals + 1)..]);
            if (key == "t")
            {
                hasTimestamp = WebhookSignatures.TryParseUnixSeconds(value, out timestamp);
                if (!hasTimestamp)
                {
                    return false;
                }
            }
            else if (key == "v1")
            {
                if (!WebhookSignatures.IsHexDigest(value))
                {
                    return false;
                }

                signatures.Add(value);
            }
        }

        return hasTimestamp && signatures.Count > 0;
    }

    private static LipSyncWebhookVerificationException Reject(WebhookVerificationFailure reason, string detail) =>
        new(SyncErrorCatalog.ProviderName, reason, detail);
}
