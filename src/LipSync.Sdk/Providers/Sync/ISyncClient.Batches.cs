namespace LipSync.Sdk.Providers.Sync;

// The Batch API (sync.md §5).
public partial interface ISyncClient
{
    /// <summary>
    /// <c>POST /v2/batch</c> (multipart <c>input</c>, <c>webhook_url</c>, <c>dry_run</c>). The file is first checked
    /// against every batch rule (<see cref="SyncBatchFile.Validate"/>): a broken rule throws with Sync's
    /// <c>batch_*</c> code and nothing is sent. Not retried unless the failure proves nothing was created (batch
    /// creation takes no idempotency key).
    /// </summary>
    /// <param name="file">The JSONL input.</param>
    /// <param name="webhookUrl">Where Sync POSTs the batch status when it ends.</param>
    /// <param name="dryRun">Validate on the server only; the answer is <c>{"status":"VALIDATED"}</c> (<see cref="Batch.IsValidationResult"/>).</param>
    /// <param name="limits">The local limits; null for <see cref="SyncBatchLimits.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch (or the validation answer of a dry run).</returns>
    /// <exception cref="LipSyncValidationException">A batch rule is broken (locally or per Sync).</exception>
    Task<Batch> CreateBatchAsync(SyncBatchFile file, Uri? webhookUrl = null, bool dryRun = false, SyncBatchLimits? limits = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v2/batch/{id}</c>: reads a batch.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch.</returns>
    Task<Batch> GetBatchAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v2/batch</c>: the batches, newest first.</summary>
    /// <param name="options">Filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batches.</returns>
    Task<IReadOnlyList<Batch>> ListBatchesAsync(ListBatchesOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls <c>GET /v2/batch/{id}</c> until the batch is <c>COMPLETED</c> or <c>FAILED</c> (returned, not thrown:
    /// a completed batch may hold failed generations, see <see cref="Batch.Metrics"/>). Works from a saved id.
    /// </summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="options">Intervals and overall timeout (its job progress is not used); null for the defaults.</param>
    /// <param name="progress">Receives the batch each time its status or counters change.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished batch.</returns>
    /// <exception cref="LipSyncTimeoutException">The overall timeout passed.</exception>
    Task<Batch> WaitForBatchAsync(string batchId, JobWaitOptions? options = null, IProgress<Batch>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a finished batch's JSONL result file, line by line. Its <c>outputUrl</c> answers a 302 to a signed file:
    /// the first request carries the API key only if it is on Sync's own host, the redirect target never does.
    /// </summary>
    /// <param name="batch">A finished batch with an <see cref="Batch.OutputUrl"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The result lines.</returns>
    /// <exception cref="InvalidOperationException">The batch has no output URL yet.</exception>
    IAsyncEnumerable<SyncBatchResult> ReadBatchResultsAsync(Batch batch, CancellationToken cancellationToken = default);
}
