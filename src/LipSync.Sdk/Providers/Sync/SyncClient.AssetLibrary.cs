using System.Runtime.CompilerServices;

namespace LipSync.Sdk.Providers.Sync;

// The asset library (sync.so/docs api-reference/api/assets-api): one wire call per method.
public sealed partial class SyncClient
{
    /// <inheritdoc />
    public Task<AssetPage> GetAssetsPageAsync(ListAssetsOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (options?.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(options.Limit));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100, nameof(options.Limit));
        }

        // Types are documented as a comma-separated list (the official TS SDK sends a JSON array instead).
        var call = Call("ListAssets", RequestSafety.Idempotent, SyncJsonContext.Default.AssetPage);
        return Read(
            _api.ListAssets(
                NullIfEmpty(options?.ProjectId), options?.Limit, NullIfEmpty(options?.Cursor), NullIfEmpty(options?.SearchQuery),
                NullIfEmpty(options?.SortBy), Join(options?.Types), call, cancellationToken),
            call);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SyncAsset> ListAssetsAsync(
        ListAssetsOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = new ListAssetsOptions
        {
            ProjectId = options?.ProjectId,
            Limit = options?.Limit ?? DefaultPageSize,
            Cursor = options?.Cursor,
            SearchQuery = options?.SearchQuery,
            SortBy = options?.SortBy,
            Types = options?.Types,
        };

        var progress = new PageProgress<SyncAsset>(SyncErrorCatalog.ProviderName, "ListAssets", a => a.Id, page.Cursor);
        while (true)
        {
            var result = await GetAssetsPageAsync(page, cancellationToken).ConfigureAwait(false);
            foreach (var item in result.Items)
            {
                yield return item;
            }

            // Unlike generations, assets say where the next page is: no cursor means the last page.
            if (string.IsNullOrEmpty(result.NextCursor) || result.Items.Count == 0)
            {
                yield break;
            }

            progress.Advance(result.Items, result.NextCursor);
            page.Cursor = result.NextCursor;
        }
    }

    /// <inheritdoc />
    public Task<SyncAsset> GetAssetAsync(string assetId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(assetId);
        var call = Call("GetAsset", RequestSafety.Idempotent, SyncJsonContext.Default.SyncAsset);
        return Read(_api.GetAsset(id, call, cancellationToken), call);
    }

    /// <inheritdoc />
    public async Task DeleteAssetAsync(string assetId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(assetId);

        // Deleting twice changes nothing more (the second answers 404), so it is retried like a read.
        var call = Call("DeleteAsset", RequestSafety.Idempotent);
        using var response = await Read(_api.DeleteAsset(id, call, cancellationToken), call).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Uri> GetAssetDownloadUrlAsync(string assetId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(assetId);
        var call = Call("GetAssetDownloadUrl", RequestSafety.Idempotent);
        using var response = await Read(_api.GetAssetDownloadUrl(id, call, cancellationToken), call).ConfigureAwait(false);
        return await ReadDownloadUrlAsync(response, cancellationToken).ConfigureAwait(false);
    }
}
