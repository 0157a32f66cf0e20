using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Body of <c>POST /v2/generate</c> and <c>POST /v2/analyze/cost</c> (Sync's <c>CreateGenerationDto</c>), and the
/// <c>payload</c> of a batch JSONL line.
/// </summary>
public sealed class CreateGenerationRequest
{
    /// <summary>Model to run (<c>model</c>); see <see cref="SyncModels"/>.</summary>
    [JsonPropertyName("model")]
    public required string Model { get; set; }

    /// <summary>
    /// Inputs (<c>input</c>): one visual input (video or image) and at least one voice (audio or text), unless
    /// <see cref="DubParams"/> is set (then the video input only).
    /// </summary>
    [JsonPropertyName("input")]
    public IList<GenerationInput> Input { get; set; } = new List<GenerationInput>();

    /// <summary>Generation options (<c>options</c>, snake_case keys).</summary>
    [JsonPropertyName("options")]
    public GenerationOptions? Options { get; set; }

    /// <summary>Multi-audio segments over one video (<c>segments</c>), linked to inputs by <c>refId</c>.</summary>
    [JsonPropertyName("segments")]
    public IList<GenerationSegment>? Segments { get; set; }

    /// <summary>HTTPS URL Sync POSTs to when the generation finishes (<c>webhookUrl</c>).</summary>
    [JsonPropertyName("webhookUrl")]
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Output base name without extension (<c>outputFileName</c>); <c>[A-Za-z0-9_-]</c>, at most 255 characters;
    /// Sync appends <c>.mp4</c>.
    /// </summary>
    [JsonPropertyName("outputFileName")]
    public string? OutputFileName { get; set; }

    /// <summary>Project (UUID) the generation belongs to (<c>projectId</c>).</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; set; }

    /// <summary>
    /// Native dubbing (<c>dubParams</c>): translate the video's own audio and lip-sync to the dub. Send the video input only.
    /// </summary>
    [JsonPropertyName("dubParams")]
    public DubParams? DubParams { get; set; }

    /// <summary>
    /// Request fields this SDK does not model yet (for example <c>dialogueEdit</c>), written as
    /// top-level properties. Do not repeat keys that have a typed property.
    /// </summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
