using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// A media asset stored by Sync (<c>GET /v2/assets/{id}</c>, items of <c>GET /v2/assets</c>, answer of
/// <c>POST /v2/assets</c>). Use <see cref="Id"/> as <c>input[].assetId</c>.
/// </summary>
public sealed class SyncAsset
{
    /// <summary>Asset identifier (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Creation time (<c>createdAt</c>).</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Last update time (<c>updatedAt</c>).</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Media kind (<c>type</c>); see <see cref="AssetTypes"/>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>Who can see the asset (<c>visibility</c>); see <see cref="AssetVisibilities"/>.</summary>
    [JsonPropertyName("visibility")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Visibility { get; set; }

    /// <summary>Display name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    /// <summary>Media URL (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Url { get; set; }

    /// <summary>Size in bytes (<c>size</c>).</summary>
    [JsonPropertyName("size")]
    public long? Size { get; set; }

    /// <summary>Container format, e.g. <c>mp4</c> (<c>format</c>).</summary>
    [JsonPropertyName("format")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Format { get; set; }

    /// <summary>How the asset entered Sync (<c>inputType</c>); see <see cref="AssetInputTypes"/>.</summary>
    [JsonPropertyName("inputType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? InputType { get; set; }

    /// <summary>Media duration in seconds (<c>durationSeconds</c>).</summary>
    [JsonPropertyName("durationSeconds")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? DurationSeconds { get; set; }

    /// <summary>Thumbnail URL (<c>thumbnailUrl</c>).</summary>
    [JsonPropertyName("thumbnailUrl")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ThumbnailUrl { get; set; }

    /// <summary>Width in pixels (<c>width</c>).</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Height in pixels (<c>height</c>).</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Response fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(SyncAsset), ("Id", Id), ("Type", Type), ("Name", Name), ("Size", Size), ("Url", ModelText.Url(Url)));
}
