using System.Globalization;

namespace LipSync.Sdk;

/// <summary>
/// <c>UseBudget</c> refused a submit: its estimated cost would take the spend past the limit, or it could not be
/// priced and unpriced requests are refused. Kind <see cref="LipSyncErrorKind.QuotaExceeded"/>, not retryable (the
/// same request fails the same way until the budget is raised or the ledger reset); nothing was sent to the provider.
/// </summary>
public sealed class LipSyncBudgetExceededException : LipSyncException
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="provider">The provider the request was for.</param>
    /// <param name="limit">The budget.</param>
    /// <param name="spent">What the ledger held when the request was refused.</param>
    /// <param name="estimatedCost">The request's estimated cost; null when it could not be priced.</param>
    public LipSyncBudgetExceededException(string provider, decimal limit, decimal spent, decimal? estimatedCost)
        : base(Describe(provider, limit, spent, estimatedCost), LipSyncErrorKind.QuotaExceeded, isRetryable: false, provider)
    {
        Limit = limit;
        Spent = spent;
        EstimatedCost = estimatedCost;
    }

    /// <summary>The budget.</summary>
    public decimal Limit { get; }

    /// <summary>What had been spent when the request was refused.</summary>
    public decimal Spent { get; }

    /// <summary>The refused request's estimated cost; null when it could not be priced.</summary>
    public decimal? EstimatedCost { get; }

    private static string Describe(string provider, decimal limit, decimal spent, decimal? estimate) => estimate is { } cost
        ? string.Create(CultureInfo.InvariantCulture, $"{provider}: the budget of {limit} would be exceeded ({spent} spent, this request is estimated at {cost}); nothing was sent.")
        : string.Create(CultureInfo.InvariantCulture, $"{provider}: this request cannot be priced before it is sent and the budget ({spent} of {limit} spent) refuses unpriced requests; nothing was sent.");
}
