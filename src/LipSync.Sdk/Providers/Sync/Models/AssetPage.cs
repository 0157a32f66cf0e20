using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// One page of <c>GET /v2/assets</c> (Sync's <c>PaginatedAssetsResponse</c>).
/// </summary>
public sealed class AssetPage
{
    /// <summary>Assets on this page (<c>items</c>); empty when none.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<SyncAsset> Items { get; set; } = [];

    /// <summary>Cursor for the next page (<c>nextCursor</c>); <see langword="null"/> on the last page.</summary>
    [JsonPropertyName("nextCursor")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? NextCursor { get; set; }

    /// <summary>Total number of matching assets (<c>totalCount</c>), when reported.</summary>
    [JsonPropertyName("totalCount")]
    public int? TotalCount { get; set; }
}
