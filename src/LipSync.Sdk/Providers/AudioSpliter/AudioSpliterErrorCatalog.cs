using static LipSync.Sdk.LipSyncErrorKind;

namespace LipSync.Sdk.Providers.AudioSpliter;

/// <summary>
/// Every code of AudioSpliter's error reference (docs-app.ff360.ca, getting-started/error-codes) plus
/// <c>RATE_LIMITED</c> from its rate-limit page, as data. AudioSpliter does not tabulate a status per code: a status
/// is given only where a documented example pins it, otherwise null. Retryability follows the kind (only the rate
/// limit clears by waiting); unknown codes fall back to the HTTP status (429/5xx retried).
/// </summary>
public static class AudioSpliterErrorCatalog
{
    /// <summary>The provider name: <c>audiospliter</c>.</summary>
    public const string ProviderName = "audiospliter";

    /// <summary>The rows, in the reference's order.</summary>
    public static IReadOnlyList<ErrorCatalogEntry> Entries { get; } =
    [
        // Authentication.
        new("UNAUTHORIZED", Authentication, false, 401, "Missing or invalid API key / JWT"),
        new("TOKEN_EXPIRED", Authentication, false, 401, "JWT has expired"),
        new("KEY_REVOKED", Authentication, false, null, "API key has been revoked"),
        new("INSUFFICIENT_SCOPE", PermissionDenied, false, null, "Key does not have required permissions"),

        // Validation. INVALID_PARAMS carries details.fields[] (field errors).
        new("INVALID_PARAMS", InvalidRequest, false, 400, "Request body failed validation"),
        new("INVALID_FORMAT", InvalidMedia, false, null, "Unsupported audio format"),
        new("INVALID_URL", InvalidMedia, false, null, "Source URL is not reachable"),
        new("DURATION_TOO_SHORT", InvalidRequest, false, null, "Segment duration below minimum (1 second)"),
        new("DURATION_TOO_LONG", InvalidRequest, false, null, "Segment duration exceeds source length"),

        // Jobs. DOWNLOAD_EXPIRED: the segment URL expired; the client re-reads the job for fresh URLs.
        new("JOB_NOT_FOUND", NotFound, false, 404, "Job ID does not exist"),
        new("JOB_ALREADY_PROCESSING", Conflict, false, 409, "Job cannot be modified while processing"),
        new("JOB_FAILED", GenerationFailed, false, null, "Processing failed (check error.details)"),
        new("DOWNLOAD_EXPIRED", NotFound, false, null, "Segment download URL has expired"),

        // Billing. QUOTA_EXCEEDED is 402 on the free-tier page although 402 is missing from the HTTP table.
        new("QUOTA_EXCEEDED", QuotaExceeded, false, 402, "Monthly quota reached with no overage"),
        new("PAYMENT_REQUIRED", QuotaExceeded, false, null, "Account has unpaid invoices"),
        new("PLAN_NOT_FOUND", NotFound, false, null, "Invalid plan ID"),
        new("ALREADY_SUBSCRIBED", Conflict, false, null, "Active subscription exists"),

        // Files.
        new("FILE_TOO_LARGE", InvalidMedia, false, 413, "File exceeds plan's max file size"),
        new("UNSUPPORTED_FORMAT", InvalidMedia, false, null, "Audio format not supported"),
        new("CORRUPT_FILE", InvalidMedia, false, null, "File could not be decoded"),
        new("DOWNLOAD_FAILED", InvalidMedia, false, null, "Could not download from source URL"),

        // Rate-limit page (not in the error table): Retry-After header and error.retryAfter (seconds) in the body.
        new("RATE_LIMITED", RateLimited, true, 429, "Rate limit exceeded"),
    ];
}
