using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Native dubbing on <c>POST /v2/generate</c> (<c>dubParams</c>, Sync's <c>DubDto</c>): Sync extracts the audio of the
/// one video input, dubs it into <see cref="TargetLang"/> and lip-syncs the result, all as one generation. Audio and
/// text inputs are not used with it (Sync answers <c>generation_input_dub_audio_conflict</c>).
/// </summary>
/// <remarks>Source: sync.so/docs/tutorials/dubbing ("DubDto fields").</remarks>
public sealed class DubParams
{
    /// <summary>Target language code (<c>targetLang</c>, Sync's <c>DubLanguage</c>), for example <c>es</c>, <c>fr</c>, <c>ja</c>. Required.</summary>
    [JsonPropertyName("targetLang")]
    public required string TargetLang { get; set; }

    /// <summary>Source language code (<c>sourceLang</c>); null leaves Sync's default, <c>auto</c> (detected).</summary>
    [JsonPropertyName("sourceLang")]
    public string? SourceLang { get; set; }

    /// <summary>
    /// Speakers in the source video (<c>numSpeakers</c>): 1–50, or 0 to detect them; null leaves Sync's default (0).
    /// </summary>
    [JsonPropertyName("numSpeakers")]
    public int? NumSpeakers { get; set; }

    /// <summary>
    /// Dubbing fields this SDK does not model, written back as-is (some Sync pages also name a <c>providerName</c>,
    /// for example <c>elevenlabs</c>; its English reference does not, so it is not modelled).
    /// </summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
