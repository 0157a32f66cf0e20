namespace LipSync.Sdk;

// One subclass per way a caller reacts differently; kinds that need no special handling stay LipSyncException.
// LipSyncExceptionFactory picks the subclass from the kind, so every code path produces the same type. Each subclass
// fixes its kind: one that stands for one kind takes none, one that groups kinds refuses a kind outside its group.

/// <summary>Credentials are missing or wrong (<see cref="LipSyncErrorKind.Authentication"/>) or not allowed (<see cref="LipSyncErrorKind.PermissionDenied"/>).</summary>
public sealed class LipSyncAuthenticationException(
    string message, LipSyncErrorKind kind, bool isRetryable, string provider, int? statusCode = null,
    string? errorCode = null, TimeSpan? retryAfter = null, string? requestId = null, Exception? innerException = null)
    : LipSyncException(message, LipSyncExceptionKinds.Require(kind, [LipSyncErrorKind.Authentication, LipSyncErrorKind.PermissionDenied]), isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException);

/// <summary>The request or its media is invalid (<see cref="LipSyncErrorKind.InvalidRequest"/>, <see cref="LipSyncErrorKind.InvalidMedia"/>); fix it before sending again.</summary>
public sealed class LipSyncValidationException(
    string message, LipSyncErrorKind kind, bool isRetryable, string provider, int? statusCode = null,
    string? errorCode = null, TimeSpan? retryAfter = null, string? requestId = null, Exception? innerException = null)
    : LipSyncException(message, LipSyncExceptionKinds.Require(kind, [LipSyncErrorKind.InvalidRequest, LipSyncErrorKind.InvalidMedia]), isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException)
{
    /// <summary>The individual validation problems the provider listed (empty when it listed none).</summary>
    public IReadOnlyList<LipSyncFieldError> FieldErrors { get; init; } = [];
}

/// <summary>Moderation rejected the content (<see cref="LipSyncErrorKind.ContentRejected"/>).</summary>
public sealed class LipSyncContentRejectedException(
    string message, bool isRetryable, string provider, int? statusCode = null,
    string? errorCode = null, TimeSpan? retryAfter = null, string? requestId = null, Exception? innerException = null)
    : LipSyncException(message, LipSyncErrorKind.ContentRejected, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException);

/// <summary>The job, asset or other resource does not exist (<see cref="LipSyncErrorKind.NotFound"/>).</summary>
public sealed class LipSyncNotFoundException(
    string message, bool isRetryable, string provider, int? statusCode = null,
    string? errorCode = null, TimeSpan? retryAfter = null, string? requestId = null, Exception? innerException = null)
    : LipSyncException(message, LipSyncErrorKind.NotFound, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException);

/// <summary>A state conflict, such as a duplicate or a resource in the wrong state (<see cref="LipSyncErrorKind.Conflict"/>).</summary>
public sealed class LipSyncConflictException(
    string message, bool isRetryable, string provider, int? statusCode = null,
    string? errorCode = null, TimeSpan? retryAfter = null, string? requestId = null, Exception? innerException = null)
    : LipSyncException(message, LipSyncErrorKind.Conflict, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException);

/// <summary>Credits, quota or plan limits are exhausted (<see cref="LipSyncErrorKind.QuotaExceeded"/>); waiting does not help.</summary>
public sealed class LipSyncQuotaExceededException(
    string message, bool isRetryable, string provider, int? statusCode = null,
    string? errorCode = null, TimeSpan? retryAfter = null, string? requestId = null, Exception? innerException = null)
    : LipSyncException(message, LipSyncErrorKind.QuotaExceeded, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException);

/// <summary>A rate or concurrency limit was hit (<see cref="LipSyncErrorKind.RateLimited"/>); see <see cref="LipSyncException.RetryAfter"/>.</summary>
public sealed class LipSyncRateLimitException(
    string message, bool isRetryable, string provider, int? statusCode = null,
    string? errorCode = null, TimeSpan? retryAfter = null, string? requestId = null, Exception? innerException = null)
    : LipSyncException(message, LipSyncErrorKind.RateLimited, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException);

/// <summary>The request or the server-side work timed out (<see cref="LipSyncErrorKind.Timeout"/>).</summary>
public sealed class LipSyncTimeoutException(
    string message, bool isRetryable, string provider, int? statusCode = null,
    string? errorCode = null, TimeSpan? retryAfter = null, string? requestId = null, Exception? innerException = null)
    : LipSyncException(message, LipSyncErrorKind.Timeout, isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException);

/// <summary>
/// The provider or the path to it failed: <see cref="LipSyncErrorKind.Network"/>, <see cref="LipSyncErrorKind.ServiceUnavailable"/>
/// or <see cref="LipSyncErrorKind.ServerError"/>.
/// </summary>
public sealed class LipSyncServiceException(
    string message, LipSyncErrorKind kind, bool isRetryable, string provider, int? statusCode = null,
    string? errorCode = null, TimeSpan? retryAfter = null, string? requestId = null, Exception? innerException = null)
    : LipSyncException(message, LipSyncExceptionKinds.Require(kind, [LipSyncErrorKind.Network, LipSyncErrorKind.ServiceUnavailable, LipSyncErrorKind.ServerError]), isRetryable, provider, statusCode, errorCode, retryAfter, requestId, innerException);

/// <summary>One validation problem reported by a provider (its text neutralised like <see cref="LipSyncException.ErrorCode"/>).</summary>
/// <param name="Field">The field the problem is about, when the provider names one.</param>
/// <param name="Message">What is wrong.</param>
public sealed record LipSyncFieldError(string? Field, string Message)
{
    /// <summary>The field the problem is about, when the provider names one.</summary>
    public string? Field { get; init => field = ServerText.Clean(value); } = ServerText.Clean(Field);

    /// <summary>What is wrong.</summary>
    public string Message { get; init => field = ServerText.Clean(value, ServerText.MaxMessageLength); } = ServerText.Clean(Message, ServerText.MaxMessageLength);
}

/// <summary>Keeps a subclass that groups kinds to its own group.</summary>
internal static class LipSyncExceptionKinds
{
    public static LipSyncErrorKind Require(LipSyncErrorKind kind, ReadOnlySpan<LipSyncErrorKind> allowed) =>
        allowed.Contains(kind)
            ? kind
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"This exception type stands for {string.Join(" or ", allowed.ToArray())} only.");
}
