using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Body of <c>POST /v2/assets</c>: registers an uploaded or already public URL as an asset.
/// </summary>
public sealed class RegisterAssetRequest
{
    /// <summary>Media URL (<c>url</c>), e.g. <see cref="AssetUpload.Url"/>.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; set; }

    /// <summary>Media kind (<c>type</c>); see <see cref="AssetTypes"/>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; set; }

    /// <summary>Optional display name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
