using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>An uploaded asset: the <c>data</c> of <c>POST /v3/assets</c> and <c>POST /v3/assets/{id}/complete</c>.</summary>
public sealed class HeyGenAsset
{
    /// <summary><c>asset_id</c>: use it as <see cref="HeyGenMediaInput.AssetId"/>.</summary>
    [JsonPropertyName("asset_id")]
    public string AssetId { get; set; } = string.Empty;

    /// <summary><c>url</c>.</summary>
    [JsonPropertyName("url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Url { get; set; }

    /// <summary><c>mime_type</c>.</summary>
    [JsonPropertyName("mime_type")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MimeType { get; set; }

    /// <summary><c>size_bytes</c>.</summary>
    [JsonPropertyName("size_bytes")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? SizeBytes { get; set; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(HeyGenAsset), ("AssetId", AssetId), ("MimeType", MimeType), ("SizeBytes", SizeBytes), ("Url", ModelText.Url(Url)));
}

/// <summary>The body of <c>POST /v3/assets/direct-uploads</c> (files above 32 MB).</summary>
internal sealed class CreateDirectUploadRequest
{
    /// <summary><c>filename</c> (required).</summary>
    [JsonPropertyName("filename")]
    public string FileName { get; set; } = string.Empty;

    /// <summary><c>content_type</c> (required).</summary>
    [JsonPropertyName("content_type")]
    public string ContentType { get; set; } = string.Empty;

    /// <summary><c>size_bytes</c> (required).</summary>
    [JsonPropertyName("size_bytes")]
    public long SizeBytes { get; set; }

    /// <summary><c>checksum_sha256</c> (optional).</summary>
    [JsonPropertyName("checksum_sha256")]
    public string? ChecksumSha256 { get; set; }
}

/// <summary>The <c>data</c> of <c>POST /v3/assets/direct-uploads</c>: where to PUT the bytes.</summary>
internal sealed class DirectUpload
{
    /// <summary><c>asset_id</c>.</summary>
    [JsonPropertyName("asset_id")]
    public string AssetId { get; set; } = string.Empty;

    /// <summary><c>upload_url</c>: a presigned URL; the API key is never sent to it.</summary>
    [JsonPropertyName("upload_url")]
    public string UploadUrl { get; set; } = string.Empty;

    /// <summary><c>upload_headers</c>: headers the PUT must carry.</summary>
    [JsonPropertyName("upload_headers")]
    public Dictionary<string, string>? UploadHeaders { get; set; }

    /// <summary><c>max_bytes</c>.</summary>
    [JsonPropertyName("max_bytes")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? MaxBytes { get; set; }

    /// <summary><c>expires_in_seconds</c>.</summary>
    [JsonPropertyName("expires_in_seconds")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? ExpiresInSeconds { get; set; }

    /// <summary><c>status</c>: <c>pending_upload</c>.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }
}
