using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>The body of <c>POST /v3/lipsyncs</c>: dub <see cref="Audio"/> onto the speaker of <see cref="Video"/>.</summary>
/// <remarks>Unset optional fields are not sent, so HeyGen's defaults apply (for example <c>enable_dynamic_duration</c> true).</remarks>
public sealed class CreateLipsyncRequest
{
    /// <summary>The video to lip-sync (<c>video</c>, required).</summary>
    [JsonPropertyName("video")]
    public HeyGenMediaInput? Video { get; set; }

    /// <summary>The speech (<c>audio</c>, required).</summary>
    [JsonPropertyName("audio")]
    public HeyGenMediaInput? Audio { get; set; }

    /// <summary><c>mode</c>: <c>speed</c> (default) or <c>precision</c> (higher quality, uses avatar inference); see <see cref="LipsyncModes"/>.</summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; set; }

    /// <summary><c>title</c>.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary><c>callback_url</c>: where HeyGen posts when the job ends.</summary>
    [JsonPropertyName("callback_url")]
    public string? CallbackUrl { get; set; }

    /// <summary><c>callback_id</c>: echoed in the callback and on the job.</summary>
    [JsonPropertyName("callback_id")]
    public string? CallbackId { get; set; }

    /// <summary><c>start_time</c> in seconds, for a partial lip-sync.</summary>
    [JsonPropertyName("start_time")]
    public double? StartTime { get; set; }

    /// <summary><c>end_time</c> in seconds, for a partial lip-sync.</summary>
    [JsonPropertyName("end_time")]
    public double? EndTime { get; set; }

    /// <summary><c>enable_caption</c> (default false).</summary>
    [JsonPropertyName("enable_caption")]
    public bool? EnableCaption { get; set; }

    /// <summary><c>enable_dynamic_duration</c> (default true).</summary>
    [JsonPropertyName("enable_dynamic_duration")]
    public bool? EnableDynamicDuration { get; set; }

    /// <summary><c>disable_music_track</c> (default false).</summary>
    [JsonPropertyName("disable_music_track")]
    public bool? DisableMusicTrack { get; set; }

    /// <summary><c>enable_speech_enhancement</c> (default false).</summary>
    [JsonPropertyName("enable_speech_enhancement")]
    public bool? EnableSpeechEnhancement { get; set; }

    /// <summary><c>enable_watermark</c> (default false).</summary>
    [JsonPropertyName("enable_watermark")]
    public bool? EnableWatermark { get; set; }

    /// <summary><c>fps_mode</c>: <c>vfr</c>, <c>cfr</c> or <c>passthrough</c>.</summary>
    [JsonPropertyName("fps_mode")]
    public string? FpsMode { get; set; }

    /// <summary><c>keep_the_same_format</c>.</summary>
    [JsonPropertyName("keep_the_same_format")]
    public bool? KeepTheSameFormat { get; set; }

    /// <summary><c>folder_id</c>.</summary>
    [JsonPropertyName("folder_id")]
    public string? FolderId { get; set; }
}

/// <summary>Values of <see cref="CreateLipsyncRequest.Mode"/>.</summary>
public static class LipsyncModes
{
    /// <summary>The default, faster mode.</summary>
    public const string Speed = "speed";

    /// <summary>Higher quality, using avatar inference.</summary>
    public const string Precision = "precision";
}
