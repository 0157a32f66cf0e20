using LipSync.Sdk.Providers.Envelope;

namespace LipSync.Sdk.Providers.AudioSpliter;

/// <summary>
/// The native AudioSpliter API through the SDK's envelope connection: create and read split jobs, download segments
/// (refreshing expired URLs), and the rate-limit state of the latest response.
/// </summary>
public interface IAudioSpliterClient
{
    /// <summary>
    /// <c>X-RateLimit-Limit/Remaining/Reset</c> of the latest successful response (null before the first call). On a 429
    /// the wait is in <see cref="LipSyncException.RetryAfter"/> (Retry-After header, else the body's <c>error.retryAfter</c>).
    /// </summary>
    RateLimitInfo? LastRateLimit { get; }

    /// <summary>
    /// <c>POST /splits</c>: creates a split job. Retried only on 429 (AudioSpliter has no idempotency key and bills minutes).
    /// </summary>
    /// <param name="request">The source and how to split it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job, normally <c>queued</c>.</returns>
    /// <exception cref="LipSyncValidationException"><c>INVALID_PARAMS</c> and friends; <see cref="LipSyncValidationException.FieldErrors"/> lists <c>details.fields[]</c>.</exception>
    /// <exception cref="LipSyncException">Any other failure.</exception>
    Task<SplitJob> CreateSplitAsync(CreateSplitRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /splits/{id}</c>: reads a job (progress, segments with fresh download URLs). A failed job is returned, not thrown.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="LipSyncNotFoundException"><c>JOB_NOT_FOUND</c>.</exception>
    Task<SplitJob> GetSplitAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams one segment into <paramref name="destination"/>. An expired URL (past <see cref="SplitSegment.ExpiresAt"/>,
    /// or answered with <c>DOWNLOAD_EXPIRED</c>) is refreshed by re-reading the job, once. The key is never sent to the
    /// download host.
    /// </summary>
    /// <param name="jobId">The job the segment belongs to.</param>
    /// <param name="segment">The segment as last read.</param>
    /// <param name="destination">Where the audio goes.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    Task<long> DownloadSegmentAsync(string jobId, SplitSegment segment, Stream destination, CancellationToken cancellationToken = default);
}
