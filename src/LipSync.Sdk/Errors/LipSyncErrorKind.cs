namespace LipSync.Sdk;

/// <summary>
/// What went wrong, independent of the provider. Every failure the SDK reports carries exactly one kind;
/// the kind decides how a caller should react (fix the request, re-authenticate, wait, give up).
/// </summary>
public enum LipSyncErrorKind
{
    /// <summary>The failure could not be classified (an undocumented status or body).</summary>
    Unknown,

    /// <summary>No HTTP response was received: DNS, connect, TLS, connection reset.</summary>
    Network,

    /// <summary>The request or the server-side work timed out (SDK attempt/total timeout, 408/504, provider timeout codes).</summary>
    Timeout,

    /// <summary>Credentials are missing, malformed, invalid, expired or revoked.</summary>
    Authentication,

    /// <summary>Authenticated but not allowed (scope, role, resource access, blocked account).</summary>
    PermissionDenied,

    /// <summary>The request itself is wrong: missing or invalid parameters, bad JSON, wrong content type.</summary>
    InvalidRequest,

    /// <summary>The media is wrong: missing, unsupported, corrupt, no face, too long or short, unreachable URL.</summary>
    InvalidMedia,

    /// <summary>Moderation rejected the content: NSFW, celebrity, child safety, blocked words, unsafe prompt.</summary>
    ContentRejected,

    /// <summary>The job, asset, avatar, voice or template does not exist.</summary>
    NotFound,

    /// <summary>A state conflict: already processing, duplicate, already exists, wrong state.</summary>
    Conflict,

    /// <summary>Credits, quota, usage, trial or plan limits; payment required.</summary>
    QuotaExceeded,

    /// <summary>Request-rate or concurrency limits that clear by waiting.</summary>
    RateLimited,

    /// <summary>The result is not ready yet.</summary>
    NotReady,

    /// <summary>Capacity, maintenance or infrastructure temporarily unavailable.</summary>
    ServiceUnavailable,

    /// <summary>An internal or upstream error of the provider.</summary>
    ServerError,

    /// <summary>The job ran and ended failed (a terminal job state, not an HTTP error).</summary>
    GenerationFailed,
}
