using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace LipSync.Sdk.Providers.Sync;

// The asset library (sync.so/docs api-reference/api/assets-api): one wire call per method.
public sealed partial class SyncClient
{
    /// <inheritdoc />
    public Task<AssetPage> GetAssetsPageAsync(ListAssetsOptions? options = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(ApiRequest.Get(AssetsQuery(options), "ListAssets"), SyncJsonContext.Default.AssetPage, cancellationToken);

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
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        return _transport.SendAsync(ApiRequest.Get("/v2/assets/" + Uri.EscapeDataString(assetId), "GetAsset"), SyncJsonContext.Default.SyncAsset, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAssetAsync(string assetId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);

        // Deleting twice changes nothing more (the second answers 404), so it is retried like a read.
        var call = new ApiRequest(HttpMethod.Delete, "/v2/assets/" + Uri.EscapeDataString(assetId), "DeleteAsset", RequestSafety.Idempotent);
        return _transport.SendAsync(call, static (_, _) => ValueTask.FromResult(true), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Uri> GetAssetDownloadUrlAsync(string assetId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        return _transport.SendAsync(
            ApiRequest.Get($"/v2/assets/{Uri.EscapeDataString(assetId)}/download", "GetAssetDownloadUrl"), ReadDownloadUrlAsync, cancellationToken);
    }

    private static string AssetsQuery(ListAssetsOptions? options)
    {
        var query = new StringBuilder("/v2/assets");
        var separator = '?';
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(separator).Append(name).Append('=').Append(value);
                separator = '&';
            }
        }

        Add("projectId", Escaped(options?.ProjectId));
        if (options?.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(options.Limit));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100, nameof(options.Limit));
            Add("limit", limit.ToString(CultureInfo.InvariantCulture));
        }

        Add("cursor", Escaped(options?.Cursor));
        Add("searchQuery", Escaped(options?.SearchQuery));
        Add("sortBy", Escaped(options?.SortBy));

        // Documented as a comma-separated list (the official TS SDK sends a JSON array instead).
        Add("types", Join(options?.Types));
        return query.ToString();
    }

    private static string? Escaped(string? value) => value is null ? null : Uri.EscapeDataString(value);
}
