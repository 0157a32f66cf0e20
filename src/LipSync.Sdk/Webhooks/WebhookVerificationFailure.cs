namespace LipSync.Sdk;

/// <summary>Why a webhook delivery was not accepted as coming from the provider.</summary>
public enum WebhookVerificationFailure
{
    /// <summary>The signature header is absent or empty.</summary>
    MissingSignature,

    /// <summary>The signature header (or its timestamp) cannot be parsed.</summary>
    MalformedSignature,

    /// <summary>The signature does not match the body: tampered, or signed with another secret.</summary>
    SignatureMismatch,

    /// <summary>The signature is valid but its timestamp is outside the tolerance: a possible replay.</summary>
    TimestampOutsideTolerance,
}
