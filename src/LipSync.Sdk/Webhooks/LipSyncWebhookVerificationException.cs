namespace LipSync.Sdk;

/// <summary>
/// A webhook delivery failed verification (<see cref="LipSyncErrorKind.Authentication"/>, not retryable): answer it
/// with a 4xx and do not act on it. <see cref="Reason"/> says why; the message never contains the secret or the
/// expected signature.
/// </summary>
public sealed class LipSyncWebhookVerificationException : LipSyncException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">The provider whose webhook was checked.</param>
    /// <param name="reason">Why verification failed.</param>
    /// <param name="detail">A readable detail without secrets.</param>
    public LipSyncWebhookVerificationException(string provider, WebhookVerificationFailure reason, string detail)
        : base($"{provider}: webhook rejected ({reason}): {detail}", LipSyncErrorKind.Authentication, isRetryable: false, provider)
    {
        Reason = reason;
    }

    /// <summary>Why verification failed.</summary>
    public WebhookVerificationFailure Reason { get; }
}
