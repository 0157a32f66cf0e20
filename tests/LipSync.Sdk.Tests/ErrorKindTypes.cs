namespace LipSync.Sdk.Tests;

/// <summary>The exception subclass each kind must surface as (stated independently of LipSyncExceptionFactory).</summary>

internal static class ErrorKindTypes
{
    public static Type For(LipSyncErrorKind kind) => kind switch
    {
        LipSyncErrorKind.Authentication or LipSyncErrorKind.PermissionDenied => typeof(LipSyncAuthenticationException),
        LipSyncErrorKind.InvalidRequest or LipSyncErrorKind.InvalidMedia => typeof(LipSyncValidationException),
        LipSyncErrorKind.RateLimited => typeof(LipSyncRateLimitException),
        LipSyncErrorKind.QuotaExceeded => typeof(LipSyncQuotaExceededException),
        LipSyncErrorKind.NotFound => typeof(LipSyncNotFoundException),
        LipSyncErrorKind.Conflict => typeof(LipSyncConflictException),
        LipSyncErrorKind.Timeout => typeof(LipSyncTimeoutException),
        LipSyncErrorKind.ServerError or LipSyncErrorKind.ServiceUnavailable or LipSyncErrorKind.Network => typeof(LipSyncServiceException),
        LipSyncErrorKind.ContentRejected => typeof(LipSyncContentRejectedException),
        _ => typeof(LipSyncException),
    };
}
