namespace LipSync.Sdk;

/// <summary>Whether sending a request twice can do harm; decides which failures may be retried.</summary>
internal enum RequestSafety
{
    /// <summary>Reads and other calls with no side effect: every retryable failure is retried.</summary>
    Idempotent,

    /// <summary>A create that carries an idempotency key the provider honours: retried like a read, with the same key.</summary>
    IdempotencyKeyed,

    /// <summary>
    /// A create without idempotency (it may start a paid job): retried only when the failure proves the request
    /// was not processed — a 429, or a connection that never opened.
    /// </summary>
    NotIdempotent,

    /// <summary>
    /// A body that cannot be produced twice (a non-seekable stream already consumed): never retried, whatever the
    /// failure, because a second attempt would send a truncated or empty body.
    /// </summary>
    SingleAttempt,
}
