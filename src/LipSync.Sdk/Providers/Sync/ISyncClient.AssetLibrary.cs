namespace LipSync.Sdk.Providers.Sync;

// The asset library: list, read, delete and download URL (sync.so/docs api-reference/api/assets-api).
public partial interface ISyncClient
{
    /// <summary><c>GET /v2/assets</c>: one page of the organization's assets.</summary>
    /// <param name="options">Filters, sort, page size and cursor.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with the cursor of the next one.</returns>
    Task<AssetPage> GetAssetsPageAsync(ListAssetsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v2/assets</c>, all pages: follows <c>nextCursor</c> until a page has none.</summary>
    /// <param name="options">Filters, sort and page size (default 100); the cursor is where to start.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The assets.</returns>
    IAsyncEnumerable<SyncAsset> ListAssetsAsync(ListAssetsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v2/assets/{id}</c>: reads one asset.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The asset.</returns>
    /// <exception cref="LipSyncNotFoundException">No such asset (<c>asset_not_found</c>).</exception>
    Task<SyncAsset> GetAssetAsync(string assetId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>DELETE /v2/assets/{id}</c>: deletes an asset. With an API key the asset must belong to the key's owner;
    /// organization-shared assets can only be deleted from an admin session.
    /// </summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Sync confirmed the deletion.</returns>
    /// <exception cref="LipSyncAuthenticationException">Visible but not deletable with this key (<c>asset_forbidden</c>, 403).</exception>
    /// <exception cref="LipSyncNotFoundException">No such asset (<c>asset_not_found</c>, 404).</exception>
    Task DeleteAssetAsync(string assetId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /v2/assets/{id}/download</c>: a URL to download the asset from (Sync answers it as plain text). Fetch it
    /// without the API key.
    /// </summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The download URL.</returns>
    /// <exception cref="LipSyncException">Not found, or the answer was not a URL.</exception>
    Task<Uri> GetAssetDownloadUrlAsync(string assetId, CancellationToken cancellationToken = default);
}
