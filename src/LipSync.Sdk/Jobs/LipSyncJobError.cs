namespace LipSync.Sdk;

/// <summary>
/// Why a job ended failed, as the provider reported it and as the taxonomy classifies it. The provider's text is
/// neutralised (control, bidi-override and line-separator characters become spaces; lengths are bounded), as in
/// <see cref="LipSyncException"/>.
/// </summary>
/// <param name="ErrorCode">The provider's failure code, when it gave one.</param>
/// <param name="Message">The provider's message, or the catalogue's default message.</param>
/// <param name="Cause">What kind of problem caused the failure (for example <see cref="LipSyncErrorKind.InvalidMedia"/>).</param>
/// <param name="IsRetryable">Whether submitting the same job again may succeed.</param>
public sealed record LipSyncJobError(string? ErrorCode, string Message, LipSyncErrorKind Cause, bool IsRetryable)
{
    /// <summary>The provider's failure code, when it gave one.</summary>
    public string? ErrorCode { get; init => field = ServerText.Clean(value); } = ServerText.Clean(ErrorCode);

    /// <summary>The provider's message, or the catalogue's default message.</summary>
    public string Message { get; init => field = ServerText.Clean(value, ServerText.MaxMessageLength); } = ServerText.Clean(Message, ServerText.MaxMessageLength);
}
