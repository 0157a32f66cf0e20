using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// The body of <c>PATCH /v3/lipsyncs/{id}</c> (HeyGen's official CLI, <c>gen/lipsync.go</c> "Update Lipsync": "Updates
/// the display title of a lipsync job"). The title is the only field the API lets you change.
/// </summary>
public sealed class UpdateLipsyncRequest
{
    /// <summary>The new title (<c>title</c>, required).</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; } = string.Empty;
}
