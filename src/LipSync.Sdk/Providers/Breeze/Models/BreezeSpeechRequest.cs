using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Breeze;

/// <summary>Body of <c>POST /v1/text-to-speech/{voice_id}</c>.</summary>
public sealed class BreezeSpeechRequest
{
    /// <summary>The text to speak (required).</summary>
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;

    /// <summary>The model, 1–120 characters; null uses Breeze's default.</summary>
    [JsonPropertyName("model_id")]
    public string? ModelId { get; set; }

    /// <summary>A language code of up to 16 characters.</summary>
    [JsonPropertyName("language_code")]
    public string? LanguageCode { get; set; }

    /// <summary>Free-text delivery instructions.</summary>
    [JsonPropertyName("instructions")]
    public string? Instructions { get; set; }

    /// <summary>Voice settings.</summary>
    [JsonPropertyName("voice_settings")]
    public BreezeVoiceSettings? VoiceSettings { get; set; }
}

/// <summary>The <c>voice_settings</c> of a speech request.</summary>
public sealed class BreezeVoiceSettings
{
    /// <summary>Guidance scale, 1.0–10.0.</summary>
    [JsonPropertyName("guidance_scale")]
    public double? GuidanceScale { get; set; }
}
