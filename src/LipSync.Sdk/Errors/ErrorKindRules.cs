namespace LipSync.Sdk;

/// <summary>
/// The defaults the taxonomy falls back to when a provider gives no known code: the kind an HTTP status
/// means, and whether a kind is worth retrying.
/// </summary>
internal static class ErrorKindRules
{
    /// <summary>The kind an HTTP status means when no provider code says otherwise.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <returns>The kind; <see cref="LipSyncErrorKind.Unknown"/> for statuses that are not errors.</returns>
    public static LipSyncErrorKind KindForStatus(int statusCode) => statusCode switch
    {
        400 or 405 or 406 or 411 or 414 or 415 or 416 or 417 or 422 or 431 => LipSyncErrorKind.InvalidRequest,
        401 or 407 => LipSyncErrorKind.Authentication,
        402 => LipSyncErrorKind.QuotaExceeded,
        403 or 451 => LipSyncErrorKind.PermissionDenied,
        404 or 410 => LipSyncErrorKind.NotFound,
        408 or 504 => LipSyncErrorKind.Timeout,
        409 or 412 or 423 or 428 => LipSyncErrorKind.Conflict,
        413 => LipSyncErrorKind.InvalidMedia,
        425 => LipSyncErrorKind.NotReady,
        429 => LipSyncErrorKind.RateLimited,
        503 => LipSyncErrorKind.ServiceUnavailable,
        >= 500 and <= 599 => LipSyncErrorKind.ServerError,
        >= 400 and <= 499 => LipSyncErrorKind.InvalidRequest,
        _ => LipSyncErrorKind.Unknown,
    };

    /// <summary>Whether a failure of this kind may succeed when the same request is sent again.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for transient kinds (network, timeout, rate limit, not ready, unavailable, server error).</returns>
    public static bool IsRetryableByDefault(LipSyncErrorKind kind) => kind switch
    {
        LipSyncErrorKind.Network or LipSyncErrorKind.Timeout or LipSyncErrorKind.RateLimited
            or LipSyncErrorKind.NotReady or LipSyncErrorKind.ServiceUnavailable or LipSyncErrorKind.ServerError => true,
        _ => false,
    };
}
