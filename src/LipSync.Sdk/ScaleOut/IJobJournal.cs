namespace LipSync.Sdk.ScaleOut;

/// <summary>
/// A durable record of submits, written before the create is sent and completed after: the key, a request fingerprint
/// and, once known, the provider's job id. After a crash, submitting again with the same idempotency key reattaches to
/// the recorded job instead of paying twice. In-process by default (<see cref="InMemoryJobJournal"/>); shared and
/// durable on Redis with <c>LipSync.Sdk.Redis</c>.
/// </summary>
public interface IJobJournal
{
    /// <summary>Records <paramref name="entry"/> unless an entry with its provider and key exists; returns the entry that is now recorded.</summary>
    /// <param name="entry">The new entry (no job id yet).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recorded entry: <paramref name="entry"/>, or the earlier one with the same key.</returns>
    Task<JobJournalEntry> BeginAsync(JobJournalEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Records the provider's job id and status for a submit.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="idempotencyKey">The submit's key.</param>
    /// <param name="jobId">The provider's job id.</param>
    /// <param name="status">The job's status.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the record is durable.</returns>
    Task RecordAsync(string provider, string idempotencyKey, string jobId, JobStatus status, CancellationToken cancellationToken = default);

    /// <summary>Forgets a submit that provably created no job (the provider refused it), so the key can be used again.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="idempotencyKey">The submit's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the entry is gone.</returns>
    Task RemoveAsync(string provider, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Reads one entry.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="idempotencyKey">The submit's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry, or null.</returns>
    Task<JobJournalEntry?> FindAsync(string provider, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Lists the entries of a provider whose job has not been seen finished: submits to resume or jobs to wait for.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The unfinished entries, oldest first.</returns>
    IAsyncEnumerable<JobJournalEntry> ListUnfinishedAsync(string provider, CancellationToken cancellationToken = default);
}
