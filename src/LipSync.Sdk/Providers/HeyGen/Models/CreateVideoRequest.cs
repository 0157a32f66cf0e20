using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// The body of <c>POST /v3/videos</c> for the <c>avatar</c> variant (an avatar look speaks a script or an audio track)
/// and the <c>image</c> variant (a photo speaks; v2's "talking photo"). The <c>cinematic_avatar</c> and <c>studio</c>
/// variants are not modelled.
/// </summary>
public sealed class CreateVideoRequest
{
    /// <summary>The <c>type</c> for an avatar video.</summary>
    public const string AvatarType = "avatar";

    /// <summary>The <c>type</c> for an image (photo) video.</summary>
    public const string ImageType = "image";

    /// <summary>The variant (<c>type</c>): <see cref="AvatarType"/> (default) or <see cref="ImageType"/>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = AvatarType;

    /// <summary>The avatar look id (<c>avatar_id</c>), required for <see cref="AvatarType"/>.</summary>
    [JsonPropertyName("avatar_id")]
    public string? AvatarId { get; set; }

    /// <summary>The photo (<c>image</c>), required for <see cref="ImageType"/>.</summary>
    [JsonPropertyName("image")]
    public VideoImageInput? Image { get; set; }

    /// <summary>The text to speak (<c>script</c>, at most 5,000 characters); exclusive with the audio fields.</summary>
    [JsonPropertyName("script")]
    public string? Script { get; set; }

    /// <summary>The voice (<c>voice_id</c>), required with <see cref="Script"/> unless the avatar has a default voice.</summary>
    [JsonPropertyName("voice_id")]
    public string? VoiceId { get; set; }

    /// <summary>Pre-recorded speech to lip-sync (<c>audio_url</c>, at most 10 minutes).</summary>
    [JsonPropertyName("audio_url")]
    public string? AudioUrl { get; set; }

    /// <summary>Pre-recorded speech as an uploaded asset (<c>audio_asset_id</c>).</summary>
    [JsonPropertyName("audio_asset_id")]
    public string? AudioAssetId { get; set; }

    /// <summary><c>voice_settings</c>.</summary>
    [JsonPropertyName("voice_settings")]
    public VoiceSettings? VoiceSettings { get; set; }

    /// <summary><c>engine</c> (Avatar IV is HeyGen's default).</summary>
    [JsonPropertyName("engine")]
    public VideoEngine? Engine { get; set; }

    /// <summary><c>resolution</c>: <c>4k</c>, <c>1080p</c> or <c>720p</c>.</summary>
    [JsonPropertyName("resolution")]
    public string? Resolution { get; set; }

    /// <summary><c>aspect_ratio</c>: <c>16:9</c> (default), <c>9:16</c>, <c>4:5</c>, <c>5:4</c>, <c>1:1</c> or <c>auto</c>.</summary>
    [JsonPropertyName("aspect_ratio")]
    public string? AspectRatio { get; set; }

    /// <summary><c>fit</c>: <c>contain</c> or <c>cover</c>.</summary>
    [JsonPropertyName("fit")]
    public string? Fit { get; set; }

    /// <summary><c>background</c>.</summary>
    [JsonPropertyName("background")]
    public VideoBackground? Background { get; set; }

    /// <summary><c>remove_background</c> (the avatar must have been trained with matting).</summary>
    [JsonPropertyName("remove_background")]
    public bool? RemoveBackground { get; set; }

    /// <summary><c>output_format</c>: <c>mp4</c> (default) or <c>webm</c> (alpha channel).</summary>
    [JsonPropertyName("output_format")]
    public string? OutputFormat { get; set; }

    /// <summary><c>caption</c>.</summary>
    [JsonPropertyName("caption")]
    public VideoCaption? Caption { get; set; }

    /// <summary><c>expressiveness</c>: <c>high</c>, <c>medium</c> or <c>low</c> (photo avatars).</summary>
    [JsonPropertyName("expressiveness")]
    public string? Expressiveness { get; set; }

    /// <summary><c>motion_prompt</c>.</summary>
    [JsonPropertyName("motion_prompt")]
    public string? MotionPrompt { get; set; }

    /// <summary><c>title</c>.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary><c>callback_url</c>.</summary>
    [JsonPropertyName("callback_url")]
    public string? CallbackUrl { get; set; }

    /// <summary><c>callback_id</c>, echoed in the webhook.</summary>
    [JsonPropertyName("callback_id")]
    public string? CallbackId { get; set; }
}

/// <summary><c>voice_settings</c> of a v3 video.</summary>
public sealed class VoiceSettings
{
    /// <summary><c>speed</c>, 0.5–1.5 (default 1).</summary>
    [JsonPropertyName("speed")]
    public double? Speed { get; set; }

    /// <summary><c>pitch</c>, -50–50 (default 0).</summary>
    [JsonPropertyName("pitch")]
    public double? Pitch { get; set; }

    /// <summary><c>volume</c>, 0–1.</summary>
    [JsonPropertyName("volume")]
    public double? Volume { get; set; }

    /// <summary><c>locale</c>.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; set; }
}

/// <summary><c>engine</c> of a v3 video.</summary>
public sealed class VideoEngine
{
    /// <summary><c>type</c>: <c>avatar_v</c>, <c>avatar_iv</c> or <c>avatar_iii</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "avatar_iv";

    /// <summary><c>reference_look_id</c>.</summary>
    [JsonPropertyName("reference_look_id")]
    public string? ReferenceLookId { get; set; }
}

/// <summary><c>background</c> of a v3 video.</summary>
public sealed class VideoBackground
{
    /// <summary><c>type</c>: <c>color</c> or <c>image</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "color";

    /// <summary><c>value</c>: a hex colour.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    /// <summary><c>url</c> of an image.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary><c>asset_id</c> of an image.</summary>
    [JsonPropertyName("asset_id")]
    public string? AssetId { get; set; }
}

/// <summary><c>caption</c> of a v3 video.</summary>
public sealed class VideoCaption
{
    /// <summary><c>file_format</c>: <c>srt</c>.</summary>
    [JsonPropertyName("file_format")]
    public string FileFormat { get; set; } = "srt";

    /// <summary><c>style</c>: <c>default</c>.</summary>
    [JsonPropertyName("style")]
    public string? Style { get; set; }
}

/// <summary>The <c>image</c> of an image video: <c>{type:"url",url}</c>, <c>{type:"asset_id",asset_id}</c> or <c>{type:"base64",data,media_type}</c>.</summary>
public sealed class VideoImageInput
{
    /// <summary><c>type</c>: <c>url</c>, <c>asset_id</c> or <c>base64</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "url";

    /// <summary><c>url</c>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary><c>asset_id</c>.</summary>
    [JsonPropertyName("asset_id")]
    public string? AssetId { get; set; }

    /// <summary><c>data</c> (base64).</summary>
    [JsonPropertyName("data")]
    public string? Data { get; set; }

    /// <summary><c>media_type</c>, with base64 data.</summary>
    [JsonPropertyName("media_type")]
    public string? MediaType { get; set; }
}
