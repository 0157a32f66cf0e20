using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// A video or audio input of <c>POST /v3/lipsyncs</c>: <c>{"type":"url","url":…}</c> or
/// <c>{"type":"asset_id","asset_id":…}</c>.
/// </summary>
public sealed class HeyGenMediaInput
{
    /// <summary>The <c>type</c> for a public URL.</summary>
    public const string UrlType = "url";

    /// <summary>The <c>type</c> for an uploaded asset.</summary>
    public const string AssetIdType = "asset_id";

    /// <summary>How the media is referenced (<c>type</c>): <see cref="UrlType"/> or <see cref="AssetIdType"/>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = UrlType;

    /// <summary>The public URL (<c>url</c>), for <see cref="UrlType"/>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The asset id (<c>asset_id</c>) from <c>POST /v3/assets</c>, for <see cref="AssetIdType"/>.</summary>
    [JsonPropertyName("asset_id")]
    public string? AssetId { get; set; }

    /// <summary>Media HeyGen downloads from a public URL.</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    /// <returns>The input.</returns>
    public static HeyGenMediaInput FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new HeyGenMediaInput { Type = UrlType, Url = url.AbsoluteUri };
    }

    /// <summary>Media already uploaded with <c>POST /v3/assets</c>.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <returns>The input.</returns>
    public static HeyGenMediaInput FromAsset(string assetId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        return new HeyGenMediaInput { Type = AssetIdType, AssetId = assetId };
    }
}
