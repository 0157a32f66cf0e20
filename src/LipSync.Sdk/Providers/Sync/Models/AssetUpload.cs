using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Answer of <c>POST /v2/assets/upload</c>: where to PUT the bytes and the URL to register afterwards.
/// </summary>
public sealed class AssetUpload
{
    /// <summary>Presigned storage URL (<c>uploadUrl</c>); PUT the raw bytes here without the API key.</summary>
    [JsonPropertyName("uploadUrl")]
    public string UploadUrl { get; set; } = string.Empty;

    /// <summary>Final URL of the uploaded file (<c>url</c>); pass it to <c>POST /v2/assets</c>.</summary>
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    /// <summary>Lifetime of <see cref="UploadUrl"/> in seconds (<c>expiresIn</c>).</summary>
    [JsonPropertyName("expiresIn")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? ExpiresIn { get; set; }
}
