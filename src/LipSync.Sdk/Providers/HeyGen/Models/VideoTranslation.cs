using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// The body of <c>POST /v3/video-translations</c>: translate (dub) <see cref="Video"/> into one or more languages with
/// voice cloning and lip-sync. Field names and defaults are those of HeyGen's OpenAPI schema as the official CLI carries
/// it (<c>gen/video-translate.go</c> "Create Video Translation"); unset optional fields are not sent, so HeyGen's
/// defaults apply.
/// </summary>
public sealed class CreateVideoTranslationRequest
{
    /// <summary>The source video (<c>video</c>, required): a URL or an asset id.</summary>
    [JsonPropertyName("video")]
    public HeyGenMediaInput? Video { get; set; }

    /// <summary>
    /// Target language names (<c>output_languages</c>, required), such as <c>Spanish (Spain)</c> or <c>English</c>, as
    /// <c>GET /v3/video-translations/languages</c> lists them. One translation is created per language.
    /// </summary>
    [JsonPropertyName("output_languages")]
    public List<string> OutputLanguages { get; set; } = [];

    /// <summary>Custom audio for the dub (<c>audio</c>), instead of a translated voice clone.</summary>
    [JsonPropertyName("audio")]
    public HeyGenMediaInput? Audio { get; set; }

    /// <summary><c>title</c>.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>The source language code (<c>input_language</c>); auto-detected when unset.</summary>
    [JsonPropertyName("input_language")]
    public string? InputLanguage { get; set; }

    /// <summary>Translate only the audio and keep the original video (<c>translate_audio_only</c>, default false).</summary>
    [JsonPropertyName("translate_audio_only")]
    public bool? TranslateAudioOnly { get; set; }

    /// <summary>The number of speakers (<c>speaker_num</c>); improves speaker separation.</summary>
    [JsonPropertyName("speaker_num")]
    public int? SpeakerCount { get; set; }

    /// <summary><c>mode</c>: <c>speed</c> (default) or <c>precision</c>, as for lip-syncs (<see cref="LipsyncModes"/>).</summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; set; }

    /// <summary><c>callback_url</c>: where HeyGen posts when the translation ends.</summary>
    [JsonPropertyName("callback_url")]
    public string? CallbackUrl { get; set; }

    /// <summary><c>callback_id</c>: echoed in the webhook payload and on the translation.</summary>
    [JsonPropertyName("callback_id")]
    public string? CallbackId { get; set; }

    /// <summary>
    /// A brand glossary for custom term translations (<c>brand_glossary_id</c>; HeyGen also accepts the legacy name
    /// <c>brand_voice_id</c> for the same record, which this model does not send).
    /// </summary>
    [JsonPropertyName("brand_glossary_id")]
    public string? BrandGlossaryId { get; set; }

    /// <summary>Use a preset stock voice instead of cloning the speaker (<c>stock_voice_config</c>).</summary>
    [JsonPropertyName("stock_voice_config")]
    public HeyGenStockVoiceConfig? StockVoiceConfig { get; set; }

    /// <summary><c>enable_caption</c> (default false).</summary>
    [JsonPropertyName("enable_caption")]
    public bool? EnableCaption { get; set; }

    /// <summary><c>enable_dynamic_duration</c> (default true).</summary>
    [JsonPropertyName("enable_dynamic_duration")]
    public bool? EnableDynamicDuration { get; set; }

    /// <summary><c>disable_music_track</c>: remove background music (default false).</summary>
    [JsonPropertyName("disable_music_track")]
    public bool? DisableMusicTrack { get; set; }

    /// <summary><c>enable_speech_enhancement</c> (default false).</summary>
    [JsonPropertyName("enable_speech_enhancement")]
    public bool? EnableSpeechEnhancement { get; set; }

    /// <summary><c>enable_watermark</c> (default false).</summary>
    [JsonPropertyName("enable_watermark")]
    public bool? EnableWatermark { get; set; }

    /// <summary><c>keep_the_same_format</c>: keep the source's resolution and bitrate.</summary>
    [JsonPropertyName("keep_the_same_format")]
    public bool? KeepTheSameFormat { get; set; }

    /// <summary><c>fps_mode</c>: <c>vfr</c>, <c>cfr</c> or <c>passthrough</c>; takes effect only with a custom <see cref="Audio"/>.</summary>
    [JsonPropertyName("fps_mode")]
    public string? FpsMode { get; set; }

    /// <summary><c>folder_id</c>.</summary>
    [JsonPropertyName("folder_id")]
    public string? FolderId { get; set; }

    /// <summary>A custom subtitle file (<c>srt</c>): a URL or an asset id.</summary>
    [JsonPropertyName("srt")]
    public HeyGenMediaInput? Srt { get; set; }

    /// <summary>Which video <see cref="Srt"/> belongs to (<c>srt_role</c>): <c>input</c> (source) or <c>output</c> (translated).</summary>
    [JsonPropertyName("srt_role")]
    public string? SrtRole { get; set; }

    /// <summary><c>start_time</c> in seconds, for a partial translation.</summary>
    [JsonPropertyName("start_time")]
    public double? StartTime { get; set; }

    /// <summary><c>end_time</c> in seconds, for a partial translation.</summary>
    [JsonPropertyName("end_time")]
    public double? EndTime { get; set; }
}

/// <summary>The <c>stock_voice_config</c> of a video translation.</summary>
public sealed class HeyGenStockVoiceConfig
{
    /// <summary><c>use_stock_voice</c>: true to speak with a preset stock voice (default false).</summary>
    [JsonPropertyName("use_stock_voice")]
    public bool UseStockVoice { get; set; }

    /// <summary><c>preferred_stock_voice_ids</c>: stock voices to draw from; null uses the language's default pool.</summary>
    [JsonPropertyName("preferred_stock_voice_ids")]
    public List<string>? PreferredStockVoiceIds { get; set; }
}

/// <summary>The <c>data</c> of <c>POST /v3/video-translations</c>.</summary>
public sealed class VideoTranslationsCreated
{
    /// <summary>One id per target language, in request order (<c>video_translation_ids</c>).</summary>
    [JsonPropertyName("video_translation_ids")]
    public List<string> VideoTranslationIds { get; set; } = [];

    /// <summary>The ids, for logs and debuggers.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(VideoTranslationsCreated), ("VideoTranslationIds", string.Join(",", VideoTranslationIds)));
}

/// <summary>
/// A video translation: the <c>data</c> of <c>GET /v3/video-translations/{id}</c> (HeyGen's official CLI,
/// <c>gen/video-translate.go</c> "Get Video Translation").
/// </summary>
public sealed class VideoTranslation
{
    /// <summary><c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// <c>status</c>: documented as <c>pending|running|completed|failed</c> (see <see cref="HeyGenStatuses"/>); other values
    /// are kept verbatim.
    /// </summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    /// <summary><c>title</c>.</summary>
    [JsonPropertyName("title")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Title { get; set; }

    /// <summary><c>input_language</c>: the detected or given source language.</summary>
    [JsonPropertyName("input_language")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? InputLanguage { get; set; }

    /// <summary><c>output_language</c>: this translation's target language.</summary>
    [JsonPropertyName("output_language")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? OutputLanguage { get; set; }

    /// <summary><c>video_url</c>: the translated video, once completed (presigned, expires).</summary>
    [JsonPropertyName("video_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? VideoUrl { get; set; }

    /// <summary><c>audio_url</c>: the translated audio, once completed (presigned, expires).</summary>
    [JsonPropertyName("audio_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? AudioUrl { get; set; }

    /// <summary><c>srt_caption_url</c>, when completed with captions.</summary>
    [JsonPropertyName("srt_caption_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SrtCaptionUrl { get; set; }

    /// <summary><c>vtt_caption_url</c>, when completed with captions.</summary>
    [JsonPropertyName("vtt_caption_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? VttCaptionUrl { get; set; }

    /// <summary><c>duration</c> in seconds.</summary>
    [JsonPropertyName("duration")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Duration { get; set; }

    /// <summary><c>created_at</c> (unix seconds).</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CreatedAt { get; set; }

    /// <summary><c>failure_message</c>, when failed.</summary>
    [JsonPropertyName("failure_message")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FailureMessage { get; set; }

    /// <summary><c>callback_id</c>.</summary>
    [JsonPropertyName("callback_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CallbackId { get; set; }

    /// <summary><c>translate_audio_only</c>.</summary>
    [JsonPropertyName("translate_audio_only")]
    public bool? TranslateAudioOnly { get; set; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(VideoTranslation), ("Id", Id), ("Status", Status), ("OutputLanguage", OutputLanguage), ("CallbackId", CallbackId),
            ("VideoUrl", ModelText.Url(VideoUrl)), ("FailureMessage", FailureMessage));
}

/// <summary>The <c>data</c> of <c>GET /v3/video-translations/languages</c>.</summary>
public sealed class VideoTranslationLanguages
{
    /// <summary>The supported target language names (<c>languages</c>), to use in <see cref="CreateVideoTranslationRequest.OutputLanguages"/>.</summary>
    [JsonPropertyName("languages")]
    public List<string> Languages { get; set; } = [];
}
