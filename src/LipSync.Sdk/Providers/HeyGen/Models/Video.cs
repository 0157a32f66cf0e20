using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>The <c>data</c> of <c>POST /v3/videos</c>.</summary>
public sealed class VideoCreated
{
    /// <summary><c>video_id</c>.</summary>
    [JsonPropertyName("video_id")]
    public string VideoId { get; set; } = string.Empty;

    /// <summary><c>status</c>: the initial status, documented as <c>waiting</c>.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    /// <summary><c>output_format</c>.</summary>
    [JsonPropertyName("output_format")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? OutputFormat { get; set; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(VideoCreated), ("VideoId", VideoId), ("Status", Status));
}

/// <summary>A v3 video: the <c>data</c> of <c>GET /v3/videos/{id}</c>.</summary>
public sealed class Video
{
    /// <summary><c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary><c>status</c>: <c>pending|processing|completed|failed</c> (and <c>waiting</c> right after create); see <see cref="HeyGenStatuses"/>.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    /// <summary><c>video_url</c> (presigned).</summary>
    [JsonPropertyName("video_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? VideoUrl { get; set; }

    /// <summary><c>captioned_video_url</c>.</summary>
    [JsonPropertyName("captioned_video_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CaptionedVideoUrl { get; set; }

    /// <summary><c>subtitle_url</c>.</summary>
    [JsonPropertyName("subtitle_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SubtitleUrl { get; set; }

    /// <summary><c>thumbnail_url</c>.</summary>
    [JsonPropertyName("thumbnail_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ThumbnailUrl { get; set; }

    /// <summary><c>gif_url</c>.</summary>
    [JsonPropertyName("gif_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? GifUrl { get; set; }

    /// <summary><c>video_page_url</c>.</summary>
    [JsonPropertyName("video_page_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? VideoPageUrl { get; set; }

    /// <summary><c>duration</c> in seconds.</summary>
    [JsonPropertyName("duration")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Duration { get; set; }

    /// <summary><c>created_at</c> (unix seconds).</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CreatedAt { get; set; }

    /// <summary><c>completed_at</c> (unix seconds).</summary>
    [JsonPropertyName("completed_at")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CompletedAt { get; set; }

    /// <summary><c>title</c>.</summary>
    [JsonPropertyName("title")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Title { get; set; }

    /// <summary><c>folder_id</c>.</summary>
    [JsonPropertyName("folder_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FolderId { get; set; }

    /// <summary><c>output_language</c> (translated videos only).</summary>
    [JsonPropertyName("output_language")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? OutputLanguage { get; set; }

    /// <summary><c>failure_code</c>, when failed: a catalogue code such as <c>download_failed</c>.</summary>
    [JsonPropertyName("failure_code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FailureCode { get; set; }

    /// <summary><c>failure_message</c>, when failed.</summary>
    [JsonPropertyName("failure_message")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FailureMessage { get; set; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(Video), ("Id", Id), ("Status", Status), ("Title", Title), ("Duration", Duration), ("VideoUrl", ModelText.Url(VideoUrl)), ("FailureCode", FailureCode), ("FailureMessage", FailureMessage));
}
