using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace LipSync.Sdk.ScaleOut;

/// <summary>The in-process <see cref="IJobJournal"/>: survives nothing but a retry in the same process. Thread-safe.</summary>
public sealed class InMemoryJobJournal : IJobJournal
{
    private readonly ConcurrentDictionary<(string Provider, string Key), JobJournalEntry> _entries = new();

    /// <inheritdoc />
    public Task<JobJournalEntry> BeginAsync(JobJournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Task.FromResult(_entries.GetOrAdd((entry.Provider, entry.IdempotencyKey), entry));
    }

    /// <inheritdoc />
    public Task RecordAsync(string provider, string idempotencyKey, string jobId, JobStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        _entries.AddOrUpdate(
            (provider, idempotencyKey),
            _ => throw new InvalidOperationException($"No journal entry for {provider} key {idempotencyKey}."),
            (_, entry) => entry with { JobId = jobId, Status = status });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(string provider, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        _entries.TryRemove((provider, idempotencyKey), out _);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<JobJournalEntry?> FindAsync(string provider, string idempotencyKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.TryGetValue((provider, idempotencyKey), out var entry) ? entry : null);

    /// <inheritdoc />
    public async IAsyncEnumerable<JobJournalEntry> ListUnfinishedAsync(string provider, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var entry in _entries.Values.Where(e => e.Provider == provider && !e.IsFinished).OrderBy(e => e.CreatedAt))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
    }
}
