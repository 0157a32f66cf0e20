using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk;

/// <summary>Adds a spend limit to a <see cref="LipSyncClientBuilder"/>.</summary>
public static class BudgetBuilderExtensions
{
    /// <summary>
    /// Prices every submit before it is sent (by the provider where it can — Sync <c>POST /v2/analyze/cost</c> — else
    /// by <see cref="LipSyncBudgetOptions.EstimateCost"/>), charges the estimate to a spend ledger, and refuses with
    /// <see cref="LipSyncBudgetExceededException"/> (<see cref="LipSyncErrorKind.QuotaExceeded"/>, not retryable) when the
    /// total would pass <see cref="LipSyncBudgetOptions.Limit"/>. A submit that proves no job was created is refunded.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the limit, the ledger and the fallback pricing.</param>
    /// <returns>The builder.</returns>
    public static LipSyncClientBuilder UseBudget(this LipSyncClientBuilder builder, Action<LipSyncBudgetOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new LipSyncBudgetOptions();
        configure(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Limit, nameof(LipSyncBudgetOptions.Limit));

        // One ledger for every client the builder wraps (in DI: every provider), unless the options name one.
        InMemorySpendLedger? shared = null;
        return builder.Use((inner, services) =>
        {
            var ledger = options.Ledger ?? services.GetService<ILipSyncSpendLedger>() ?? LazyInitializer.EnsureInitialized(ref shared);
            return new BudgetLipSyncClient(inner, options, ledger);
        });
    }
}
