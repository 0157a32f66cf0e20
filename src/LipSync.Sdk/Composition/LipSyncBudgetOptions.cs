namespace LipSync.Sdk;

/// <summary>Settings of <c>UseBudget</c>.</summary>
public sealed class LipSyncBudgetOptions
{
    /// <summary>The most the ledger may hold, in the currency of the estimates (US dollars for Sync's).</summary>
    public decimal Limit { get; set; }

    /// <summary>Where the spend is kept; null uses the <see cref="ILipSyncSpendLedger"/> in the services, else a new <see cref="InMemorySpendLedger"/>.</summary>
    public ILipSyncSpendLedger? Ledger { get; set; }

    /// <summary>
    /// Prices a request the provider cannot price itself (every provider but Sync, and Sync requests with local
    /// media), given the request and the provider name; null or a null result leaves it unpriced.
    /// </summary>
    public Func<LipSyncRequest, string, decimal?>? EstimateCost { get; set; }

    /// <summary>Whether a request that cannot be priced is refused (default) or submitted without a charge.</summary>
    public bool RefuseUnpriced { get; set; } = true;
}
