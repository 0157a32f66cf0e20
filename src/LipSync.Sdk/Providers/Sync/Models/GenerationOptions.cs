using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Generation options (<c>options</c>). Every key is snake_case on the wire. Sync ignores options a model does
/// not support rather than failing.
/// </summary>
public sealed class GenerationOptions
{
    /// <summary>Duration-mismatch strategy (<c>sync_mode</c>); see <see cref="SyncModes"/>.</summary>
    [JsonPropertyName("sync_mode")]
    public string? SyncMode { get; set; }

    /// <summary>Animation scope (<c>model_mode</c>), <c>react-1</c> only; see <see cref="ModelModes"/>.</summary>
    [JsonPropertyName("model_mode")]
    public string? ModelMode { get; set; }

    /// <summary>Single-word emotion (<c>prompt</c>), <c>react-1</c> only; see <see cref="Emotions"/>.</summary>
    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    /// <summary>Expressiveness 0–1 (<c>temperature</c>), default 0.5; <c>lipsync-2</c> / <c>lipsync-2-pro</c> only.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>Face selection (<c>active_speaker_detection</c>).</summary>
    [JsonPropertyName("active_speaker_detection")]
    public ActiveSpeakerDetection? ActiveSpeakerDetection { get; set; }

    /// <summary>Handle objects in front of the mouth (<c>occlusion_detection_enabled</c>); slower; not on <c>sync-3</c>.</summary>
    [JsonPropertyName("occlusion_detection_enabled")]
    public bool? OcclusionDetectionEnabled { get; set; }

    /// <summary>Options this SDK does not model (use snake_case keys); written back as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
