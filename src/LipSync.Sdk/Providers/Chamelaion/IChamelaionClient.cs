namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// The native Chamelaion API (base <c>https://api.chamelaion.com/api</c>, key in <c>x-api-key</c>): every call maps to
/// one documented endpoint with Chamelaion's own models, through the SDK's connection (retries, timeouts, error taxonomy).
/// </summary>
/// <remarks>
/// Duplicate safety: Chamelaion takes no idempotency key, so every create carries a <c>reference_id</c> (yours, or
/// one the SDK generates). A 429 or a connection that never opened is retried directly. A failure after which the
/// create may have been processed (timeout, 5xx, connection dropped after sending) is retried only after the SDK has
/// looked the job up by that <c>reference_id</c>: when it exists, it is returned (with
/// <see cref="GenerateResponse.RecoveredByLookup"/> set) instead of creating a second paid job. Jobs that already
/// carried a caller-chosen reference before the call are not mistaken for the new one.
/// </remarks>
public interface IChamelaionClient
{
    /// <summary><c>POST /v1/lipsync/generate</c>: starts a job from one video URL and one audio URL.</summary>
    /// <param name="request">The inputs and options; not modified.</param>
    /// <param name="cancellationToken">Cancels the call (and any wait for the client-side rate limit).</param>
    /// <returns>The job id and the <c>reference_id</c> that was sent.</returns>
    /// <exception cref="LipSyncException">Chamelaion rejected the request or could not be reached.</exception>
    Task<GenerateResponse> GenerateAsync(GenerateRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /v1/lipsync/generate-with-media</c>: starts a job by uploading the video and audio, streamed as
    /// <c>multipart/form-data</c>. An attempt is sent again (after a 429, or after a lookup found no job) only when both
    /// sources can be reopened (files and seekable streams).
    /// </summary>
    /// <param name="request">The files and options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job id and the <c>reference_id</c> that was sent.</returns>
    /// <exception cref="LipSyncException">Chamelaion rejected the request or could not be reached.</exception>
    Task<GenerateResponse> GenerateWithMediaAsync(GenerateWithMediaRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/lipsync/requests/{id}</c>: reads one job by its request id (UUID) or by its <c>reference_id</c>.</summary>
    /// <param name="idOrReferenceId">The request id or reference id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job. A failed job is returned, not thrown: check <see cref="ChamelaionJob.Status"/>.</returns>
    /// <exception cref="LipSyncNotFoundException">No such job (<c>lipsync request not found</c>).</exception>
    Task<ChamelaionJob> GetRequestAsync(string idOrReferenceId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/lipsync/requests</c>: one page of jobs.</summary>
    /// <param name="options"><c>limit</c>, <c>offset</c> and <c>reference_id</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and its pagination.</returns>
    Task<ChamelaionJobPage> GetRequestsPageAsync(ListRequestsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /v1/lipsync/requests</c>, all pages: advances <c>offset</c> by the number of jobs received until
    /// <c>pagination.total</c> is reached or a page comes back empty.
    /// </summary>
    /// <param name="options">Page size, first offset and <c>reference_id</c> filter.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The jobs.</returns>
    IAsyncEnumerable<ChamelaionJob> ListRequestsAsync(ListRequestsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/users/me</c>: the identity of the API token (a cheap key check).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token's display name.</returns>
    Task<ChamelaionUser> GetCurrentUserAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /health</c> (relative to the base address; needs no key): whether the service is up.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The health status, <c>ok</c> when up.</returns>
    Task<ChamelaionHealth> GetHealthAsync(CancellationToken cancellationToken = default);
}
