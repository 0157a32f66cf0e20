namespace LipSync.Sdk;

/// <summary>
/// A neutral client whose provider prices a request before it is submitted (Sync <c>POST /v2/analyze/cost</c>).
/// <c>UseBudget</c> asks for it through <see cref="ILipSyncClient.GetService"/>, so it is found through any middleware.
/// </summary>
internal interface ICostEstimatingClient
{
    /// <summary>The provider's estimate in US dollars, or null when this request cannot be priced before it is sent (local media).</summary>
    Task<decimal?> EstimateCostAsync(LipSyncRequest request, CancellationToken cancellationToken);
}
