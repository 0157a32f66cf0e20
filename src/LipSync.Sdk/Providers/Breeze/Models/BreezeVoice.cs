using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Breeze;

/// <summary>A voice of <c>GET /v1/voices</c>.</summary>
public sealed class BreezeVoice
{
    /// <summary>The voice id used in <c>/v1/text-to-speech/{voice_id}</c>.</summary>
    [JsonPropertyName("voice_id")]
    public string VoiceId { get; set; } = string.Empty;

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary><c>premade</c>, <c>generated</c> or <c>cloned</c>.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; set; }

    /// <summary>A description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>A preview sample URL.</summary>
    [JsonPropertyName("preview_url")]
    public string? PreviewUrl { get; set; }

    /// <summary>Creation time in Unix seconds.</summary>
    [JsonPropertyName("created_at_unix")]
    public long? CreatedAtUnix { get; set; }
}

/// <summary>One page of <c>GET /v1/voices</c>.</summary>
public sealed class BreezeVoicePage
{
    /// <summary>The voices of this page.</summary>
    [JsonPropertyName("voices")]
    public List<BreezeVoice> Voices { get; set; } = [];

    /// <summary>Whether more pages follow.</summary>
    [JsonPropertyName("has_more")]
    public bool HasMore { get; set; }

    /// <summary>The total number of voices, when reported.</summary>
    [JsonPropertyName("total_count")]
    public int? TotalCount { get; set; }

    /// <summary>The token of the next page, when the listing is token-paged.</summary>
    [JsonPropertyName("next_page_token")]
    public string? NextPageToken { get; set; }
}
