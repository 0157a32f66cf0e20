using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>The <c>data</c> of legacy <c>GET /v1/video_status.get</c>, for videos made before v3.</summary>
public sealed class LegacyVideoStatus
{
    /// <summary><c>id</c>.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    /// <summary><c>status</c>: <c>waiting|pending|processing|completed|failed</c>.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    /// <summary><c>video_url</c>: a fresh link on every call, valid 7 days.</summary>
    [JsonPropertyName("video_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? VideoUrl { get; set; }

    /// <summary><c>video_url_caption</c>.</summary>
    [JsonPropertyName("video_url_caption")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? VideoUrlCaption { get; set; }

    /// <summary><c>caption_url</c> (.ass).</summary>
    [JsonPropertyName("caption_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CaptionUrl { get; set; }

    /// <summary><c>thumbnail_url</c>.</summary>
    [JsonPropertyName("thumbnail_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ThumbnailUrl { get; set; }

    /// <summary><c>gif_url</c>.</summary>
    [JsonPropertyName("gif_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? GifUrl { get; set; }

    /// <summary><c>duration</c> in seconds.</summary>
    [JsonPropertyName("duration")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Duration { get; set; }

    /// <summary><c>callback_id</c>.</summary>
    [JsonPropertyName("callback_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CallbackId { get; set; }

    /// <summary><c>created_at</c> (unix seconds).</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CreatedAt { get; set; }

    /// <summary><c>error</c>, when failed: <c>{code, message, detail}</c>, where <c>code</c> is a number (a string on movio.la).</summary>
    [JsonPropertyName("error")]
    public LegacyVideoError? Error { get; set; }
}

/// <summary>The <c>data.error</c> of a failed legacy video.</summary>
public sealed class LegacyVideoError
{
    /// <summary><c>code</c>, kept as text (<c>40119</c>).</summary>
    [JsonPropertyName("code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Code { get; set; }

    /// <summary><c>message</c>.</summary>
    [JsonPropertyName("message")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Message { get; set; }

    /// <summary><c>detail</c>: the longer explanation.</summary>
    [JsonPropertyName("detail")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Detail { get; set; }
}

/// <summary>The legacy v1 envelope <c>{"code": 100, "data": …, "message": "Success"}</c>.</summary>
/// <typeparam name="T">The payload type.</typeparam>
internal sealed class HeyGenLegacyEnvelope<T>
{
    [JsonPropertyName("code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Message { get; set; }

    [JsonPropertyName("data")]
    public T? Data { get; set; }
}
