using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Text-to-speech settings of a <c>text</c> input (<c>input[].provider</c>).
/// </summary>
public sealed class TtsProvider
{
    /// <summary>TTS engine name (<c>name</c>); see <see cref="TtsProviderNames"/>. Defaults to <c>elevenlabs</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = TtsProviderNames.ElevenLabs;

    /// <summary>Provider voice identifier (<c>voiceId</c>).</summary>
    [JsonPropertyName("voiceId")]
    public string VoiceId { get; set; } = string.Empty;

    /// <summary>Text to speak (<c>script</c>).</summary>
    [JsonPropertyName("script")]
    public string Script { get; set; } = string.Empty;

    /// <summary>Voice stability, 0–1 (<c>stability</c>); omitted when <see langword="null"/> (provider default 0.5).</summary>
    [JsonPropertyName("stability")]
    public double? Stability { get; set; }

    /// <summary>Similarity boost, 0–1 (<c>similarityBoost</c>); omitted when <see langword="null"/> (provider default 0.75).</summary>
    [JsonPropertyName("similarityBoost")]
    public double? SimilarityBoost { get; set; }

    /// <summary>Provider fields this SDK does not model; written back as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates ElevenLabs TTS settings.</summary>
    /// <param name="voiceId">ElevenLabs voice identifier.</param>
    /// <param name="script">Text to speak.</param>
    /// <param name="stability">Optional stability, 0–1.</param>
    /// <param name="similarityBoost">Optional similarity boost, 0–1.</param>
    /// <returns>The provider settings.</returns>
    public static TtsProvider ElevenLabs(string voiceId, string script, double? stability = null, double? similarityBoost = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voiceId);
        ArgumentNullException.ThrowIfNull(script);
        return new TtsProvider
        {
            Name = TtsProviderNames.ElevenLabs,
            VoiceId = voiceId,
            Script = script,
            Stability = stability,
            SimilarityBoost = similarityBoost,
        };
    }
}
