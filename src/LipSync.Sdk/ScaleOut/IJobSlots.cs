namespace LipSync.Sdk.ScaleOut;

/// <summary>
/// Job-lifetime concurrency slots shared by every worker of one provider account: a slot is taken before a create is
/// sent and held until the job's terminal state is seen (webhook or poll), so the provider never counts more running
/// jobs than the plan allows. Holders are named (the submit's idempotency key), so taking a slot again for the same
/// holder is a no-op and any instance can release it. In-process by default (<see cref="InMemoryJobSlots"/>); on
/// Redis with <c>LipSync.Sdk.Redis</c>, where a slot's lease is renewed while its holder lives and lapses when it dies.
/// </summary>
public interface IJobSlots
{
    /// <summary>Waits until fewer than <paramref name="limit"/> slots of <paramref name="provider"/> are held, then takes one for <paramref name="holder"/>.</summary>
    /// <param name="provider">The provider (one pool per provider account).</param>
    /// <param name="holder">The holder's name; a holder that already holds a slot keeps it and returns at once.</param>
    /// <param name="limit">The plan's concurrency (Sync counts PENDING and PROCESSING jobs).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the slot is held.</returns>
    Task AcquireAsync(string provider, string holder, int limit, CancellationToken cancellationToken = default);

    /// <summary>Releases the holder's slot (no-op when it holds none) and wakes a waiter.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="holder">The holder.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the slot is free.</returns>
    Task ReleaseAsync(string provider, string holder, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops renewing the holder's slot without releasing it: the submit's outcome is unknown (a job may be running), so
    /// the slot stays counted until its lease lapses or a resume takes it again. In-process slots have no lease and are kept.
    /// </summary>
    /// <param name="provider">The provider.</param>
    /// <param name="holder">The holder.</param>
    void Abandon(string provider, string holder);

    /// <summary>How many slots of the provider are held now (for dashboards and tests).</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count.</returns>
    Task<int> CountAsync(string provider, CancellationToken cancellationToken = default);
}
