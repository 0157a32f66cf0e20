namespace LipSync.Sdk.Testing;

/// <summary>The <c>errorCode</c> values the <see cref="SyncEmulator"/> puts in its error bodies.</summary>
public static class SyncEmulatorErrorCodes
{
    /// <summary>400: the create or cost-estimate body failed validation (Sync's documented code).</summary>
    public const string GenerationInputValidationFailed = "generation_input_validation_failed";

    /// <summary>404: no generation has the requested id (Sync's documented code).</summary>
    public const string GenerationNotFound = "generation_not_found";

    /// <summary>400: the <c>Idempotency-Key</c> header is malformed or repeated (Sync's documented code).</summary>
    public const string InvalidIdempotencyKey = "INVALID_IDEMPOTENCY_KEY";

    /// <summary>
    /// 422: the <c>Idempotency-Key</c> was already used with a different request body. Sync does not document this
    /// case; the emulator follows the IETF Idempotency-Key draft (422 for a reused key with another payload).
    /// </summary>
    public const string IdempotencyKeyReused = "idempotency_key_reused";

    /// <summary>503: Sync's documented code for "the outcome of a keyed create is unknown, retry with the same key".</summary>
    public const string IdempotencyOutcomeUnknown = "IDEMPOTENCY_OUTCOME_UNKNOWN";

    /// <summary>429: Sync's documented rate-limit code.</summary>
    public const string RateLimitExceeded = "rate_limit_exceeded";

    /// <summary>429: Sync's documented concurrency-limit code.</summary>
    public const string ConcurrencyLimitReached = "concurrency_limit_reached";

    /// <summary>Job failure: a generic pipeline failure, used when a test fails a job without giving a code.</summary>
    public const string GenerationPipelineFailed = "generation_pipeline_failed";
}
