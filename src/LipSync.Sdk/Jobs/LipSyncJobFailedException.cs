namespace LipSync.Sdk;

/// <summary>
/// A job reached a terminal failed or canceled state (<see cref="LipSyncErrorKind.GenerationFailed"/>). This is not
/// an HTTP error: the provider answered successfully with a failed job. <see cref="Cause"/> says why.
/// </summary>
public sealed class LipSyncJobFailedException : LipSyncException
{
    /// <summary>Creates the exception for a failed job.</summary>
    /// <param name="job">The failed job.</param>
    public LipSyncJobFailedException(LipSyncJob job)
        : this(job, SecretRedactor.None)
    {
    }

    // The failure text is the provider's, and some echo the key they were called with: the message is redacted like
    // an HTTP error's (Job keeps the provider's data as received).
    internal LipSyncJobFailedException(LipSyncJob job, SecretRedactor redactor)
        : base(redactor.Redact(Describe(job)), LipSyncErrorKind.GenerationFailed, job?.Error?.IsRetryable ?? false, job?.Provider ?? string.Empty,
            statusCode: null, errorCode: job?.Error?.ErrorCode is { } code ? redactor.Redact(code) : null)
    {
        Job = redactor.Redact(job!);
        Cause = job!.Error?.Cause ?? LipSyncErrorKind.Unknown;
    }

    /// <summary>The job as last seen.</summary>
    public LipSyncJob Job { get; }

    /// <summary>What kind of problem made the job fail (for example <see cref="LipSyncErrorKind.InvalidMedia"/>).</summary>
    public LipSyncErrorKind Cause { get; }

    private static string Describe(LipSyncJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var state = job.Status == JobStatus.Canceled ? "was canceled" : "failed";
        var reason = job.Error is { } error
            ? $": {error.Message}{(error.ErrorCode is null ? string.Empty : $" ({error.ErrorCode})")}"
            : ".";
        return $"{job.Provider}: job {job.Id} {state}{reason}";
    }
}
