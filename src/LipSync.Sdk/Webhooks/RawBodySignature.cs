namespace LipSync.Sdk.Webhooks;

// hex(HMAC-SHA256(secret, raw body)) checks shared by HeyGen and AudioSpliter (no timestamp in the signed string).
internal static class RawBodySignature
{
    public static void Verify(string provider, string secret, ReadOnlySpan<byte> rawBody, string? signature, string headerName)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            throw new LipSyncWebhookVerificationException(provider, WebhookVerificationFailure.MissingSignature, $"no {headerName} header.");
        }

        // Some senders prefix the digest with its algorithm ("sha256=…").
        var hex = signature.Trim();
        if (hex.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase))
        {
            hex = hex["sha256=".Length..];
        }

        if (!WebhookSignatures.IsHexDigest(hex))
        {
            throw new LipSyncWebhookVerificationException(provider, WebhookVerificationFailure.MalformedSignature, $"{headerName} must be 64 hex digits.");
        }

        if (!WebhookSignatures.Matches(WebhookSignatures.Compute(secret, [], rawBody), hex))
        {
            throw new LipSyncWebhookVerificationException(provider, WebhookVerificationFailure.SignatureMismatch, "the signature does not match the body.");
        }
    }
}
