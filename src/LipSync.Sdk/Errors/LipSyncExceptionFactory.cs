namespace LipSync.Sdk;

/// <summary>Builds the exception subclass that matches a kind, so every code path yields the same type for the same kind.</summary>
internal static class LipSyncExceptionFactory
{
    public static LipSyncException Create(
        LipSyncErrorKind kind,
        string message,
        bool isRetryable,
        string provider,
        int? statusCode = null,
        string? errorCode = null,
        TimeSpan? retryAfter = null,
        string? requestId = null,
        Exception? innerException = null,
        PendingResponseBody? responseBody = null,
        IReadOnlyList<LipSyncFieldError>? fieldErrors = null) => kind switch
    {
        LipSyncErrorKind.Authentication or LipSyncErrorKind.PermissionDenied =>
            new LipSyncAuthenticationException(message, kind, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException) { PendingBody = responseBody },
        LipSyncErrorKind.InvalidRequest or LipSyncErrorKind.InvalidMedia =>
            new LipSyncValidationException(message, kind, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException)
            {
                PendingBody = responseBody,
                FieldErrors = fieldErrors ?? [],
            },
        LipSyncErrorKind.ContentRejected =>
            new LipSyncContentRejectedException(message, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException) { PendingBody = responseBody },
        LipSyncErrorKind.NotFound =>
            new LipSyncNotFoundException(message, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException) { PendingBody = responseBody },
        LipSyncErrorKind.Conflict =>
            new LipSyncConflictException(message, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException) { PendingBody = responseBody },
        LipSyncErrorKind.QuotaExceeded =>
            new LipSyncQuotaExceededException(message, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException) { PendingBody = responseBody },
        LipSyncErrorKind.RateLimited =>
            new LipSyncRateLimitException(message, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException) { PendingBody = responseBody },
        LipSyncErrorKind.Timeout =>
            new LipSyncTimeoutException(message, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException) { PendingBody = responseBody },
        LipSyncErrorKind.Network or LipSyncErrorKind.ServiceUnavailable or LipSyncErrorKind.ServerError =>
            new LipSyncServiceException(message, kind, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException) { PendingBody = responseBody },
        _ => new LipSyncException(message, kind, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException) { PendingBody = responseBody },
    };
}
