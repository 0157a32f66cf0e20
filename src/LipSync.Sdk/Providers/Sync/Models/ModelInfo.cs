using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// One entry of <c>GET /v2/models</c>. Deprecated models are not listed; feature-flagged models enabled for the
/// account are.
/// </summary>
public sealed class ModelInfo
{
    /// <summary>Model identifier to send as <c>model</c> (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Display name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>Model family (<c>type</c>); see <see cref="ModelTypes"/>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>Model version (<c>version</c>).</summary>
    [JsonPropertyName("version")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Version { get; set; }

    /// <summary>Description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Description { get; set; }

    /// <summary>Deprecation time (<c>deprecatedAt</c>), when announced.</summary>
    [JsonPropertyName("deprecatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeprecatedAt { get; set; }

    /// <summary>Response fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(ModelInfo), ("Id", Id), ("Name", Name), ("Type", Type), ("Version", Version), ("DeprecatedAt", DeprecatedAt));
}
