namespace LipSync.Sdk;

/// <summary>A spend ledger for one process (the default of <c>UseBudget</c>). Thread-safe; starts at zero.</summary>
public sealed class InMemorySpendLedger : ILipSyncSpendLedger
{
    private readonly Lock _lock = new();
    private decimal _spent;

    /// <inheritdoc />
    public ValueTask<bool> TryChargeAsync(decimal amount, decimal limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        lock (_lock)
        {
            if (_spent + amount > limit)
            {
                return ValueTask.FromResult(false);
            }

            _spent += amount;
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask RefundAsync(decimal amount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        lock (_lock)
        {
            _spent = Math.Max(0, _spent - amount);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<decimal> GetSpentAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_spent);
        }
    }
}
