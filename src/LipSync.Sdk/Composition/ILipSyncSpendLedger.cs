namespace LipSync.Sdk;

/// <summary>
/// Where <c>UseBudget</c> keeps what has been spent. The in-process default is <see cref="InMemorySpendLedger"/>; a
/// shared store (Redis, a database) lets many workers draw on one budget. Implementations must make
/// <see cref="TryChargeAsync"/> atomic, so concurrent submits cannot together pass the limit.
/// </summary>
public interface ILipSyncSpendLedger
{
    /// <summary>Adds <paramref name="amount"/> to the spend if the total stays within <paramref name="limit"/>.</summary>
    /// <param name="amount">The estimated cost of the job about to be submitted.</param>
    /// <param name="limit">The budget.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when charged; false (nothing charged) when the total would pass the limit.</returns>
    ValueTask<bool> TryChargeAsync(decimal amount, decimal limit, CancellationToken cancellationToken = default);

    /// <summary>Gives back a charge whose submit proved that no job was created.</summary>
    /// <param name="amount">The amount charged.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the amount is given back.</returns>
    ValueTask RefundAsync(decimal amount, CancellationToken cancellationToken = default);

    /// <summary>What has been charged so far.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The total.</returns>
    ValueTask<decimal> GetSpentAsync(CancellationToken cancellationToken = default);
}
