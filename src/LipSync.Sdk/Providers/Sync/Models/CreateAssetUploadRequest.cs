using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Body of <c>POST /v2/assets/upload</c>: asks Sync for a presigned upload URL.
/// </summary>
public sealed class CreateAssetUploadRequest
{
    /// <summary>File name including extension (<c>fileName</c>), e.g. <c>speaker.mp4</c>.</summary>
    [JsonPropertyName("fileName")]
    public required string FileName { get; set; }

    /// <summary>MIME type (<c>contentType</c>); the later PUT must send the same <c>Content-Type</c>.</summary>
    [JsonPropertyName("contentType")]
    public required string ContentType { get; set; }

    /// <summary>File size in bytes (<c>size</c>).</summary>
    [JsonPropertyName("size")]
    public required long Size { get; set; }
}
