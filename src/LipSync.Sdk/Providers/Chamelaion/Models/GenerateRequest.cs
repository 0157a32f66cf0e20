using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// The JSON body of <c>POST /v1/lipsync/generate</c>. The endpoint has no <c>model</c> field (Chamelaion API
/// reference), so none is modelled.
/// </summary>
public sealed class GenerateRequest
{
    /// <summary>
    /// The inputs (<c>inputs</c>): exactly one <c>video</c> and one <c>audio</c>, in any order. Chamelaion answers
    /// 400 <c>expected exactly one video input</c> / <c>expected exactly one audio input</c> otherwise.
    /// </summary>
    [JsonPropertyName("inputs")]
    public IList<MediaInput> Inputs { get; set; } = [];

    /// <summary>
    /// Your own id for the job (<c>reference_id</c>); the job can later be read by it. When null, the SDK sends one it
    /// generates, so that a create whose outcome is unknown can be looked up instead of being sent twice.
    /// </summary>
    [JsonPropertyName("reference_id")]
    public string? ReferenceId { get; set; }

    /// <summary>
    /// <c>disable_active_speaker_detection</c>: true skips active speaker detection and uses max-face mode. Not sent
    /// when null (Chamelaion's default is false).
    /// </summary>
    [JsonPropertyName("disable_active_speaker_detection")]
    public bool? DisableActiveSpeakerDetection { get; set; }
}
