using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>The <c>data</c> of <c>DELETE /v3/lipsyncs/{id}</c>.</summary>
public sealed class LipsyncDeleted
{
    /// <summary>The id of the deleted job (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;
}
