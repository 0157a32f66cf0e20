namespace LipSync.Sdk.Providers.Sync;

/// <summary>Query of <c>GET /v2/assets</c> (the official SDK's <c>ListAssetsRequest</c>).</summary>
public sealed class ListAssetsOptions
{
    /// <summary>Only assets of this project (<c>projectId</c>).</summary>
    public string? ProjectId { get; set; }

    /// <summary>Page size, 1–100 (<c>limit</c>).</summary>
    public int? Limit { get; set; }

    /// <summary>Where to start: the <see cref="AssetPage.NextCursor"/> of the previous page (<c>cursor</c>).</summary>
    public string? Cursor { get; set; }

    /// <summary>Only assets whose name matches (<c>searchQuery</c>).</summary>
    public string? SearchQuery { get; set; }

    /// <summary>
    /// Sort order (<c>sortBy</c>): <c>nameAsc</c>, <c>nameDesc</c>, <c>dateAsc</c>, <c>dateDesc</c>, <c>durationAsc</c>,
    /// <c>durationDesc</c>, <c>sizeAsc</c>, <c>sizeDesc</c>, <c>kindAsc</c> or <c>kindDesc</c>.
    /// </summary>
    public string? SortBy { get; set; }

    /// <summary>Only these asset types (<c>types</c>, sent comma-separated as documented); see <see cref="AssetTypes"/>.</summary>
    public IList<string>? Types { get; set; }
}
