namespace LipSync.Sdk;

/// <summary>
/// Prices each submit before it is sent and charges the ledger, refusing with <see cref="LipSyncBudgetExceededException"/>
/// past the limit. The charge is given back when the submit proves no job was created (<see cref="SubmitRefusal"/>);
/// after an ambiguous failure it stays, because the job may exist and cost money.
/// </summary>
internal sealed class BudgetLipSyncClient(ILipSyncClient inner, LipSyncBudgetOptions options, ILipSyncSpendLedger ledger)
    : DelegatingLipSyncClient(inner)
{
    public override async Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var estimate = await EstimateAsync(request, cancellationToken).ConfigureAwait(false);
        if (estimate is null && options.RefuseUnpriced)
        {
            throw new LipSyncBudgetExceededException(Provider, options.Limit, await ledger.GetSpentAsync(cancellationToken).ConfigureAwait(false), null);
        }

        var charge = estimate ?? 0m;
        if (!await ledger.TryChargeAsync(charge, options.Limit, cancellationToken).ConfigureAwait(false))
        {
            throw new LipSyncBudgetExceededException(Provider, options.Limit, await ledger.GetSpentAsync(cancellationToken).ConfigureAwait(false), charge);
        }

        try
        {
            return await InnerClient.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception refusal) when (SubmitRefusal.ProvesNoJobCreated(refusal))
        {
            await ledger.RefundAsync(charge, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<decimal?> EstimateAsync(LipSyncRequest request, CancellationToken cancellationToken)
    {
        if (InnerClient.GetService(typeof(ICostEstimatingClient)) is ICostEstimatingClient provider
            && await provider.EstimateCostAsync(request, cancellationToken).ConfigureAwait(false) is { } priced)
        {
            return priced;
        }

        return options.EstimateCost?.Invoke(request, Provider);
    }
}
