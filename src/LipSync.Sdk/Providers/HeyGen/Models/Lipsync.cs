using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>The <c>data</c> of <c>POST /v3/lipsyncs</c>.</summary>
public sealed class LipsyncCreated
{
    /// <summary>The new job's id (<c>lipsync_id</c>).</summary>
    [JsonPropertyName("lipsync_id")]
    public string LipsyncId { get; set; } = string.Empty;

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(LipsyncCreated), ("LipsyncId", LipsyncId));
}

/// <summary>A lip-sync job: the <c>data</c> of <c>GET /v3/lipsyncs/{id}</c> and an item of <c>GET /v3/lipsyncs</c>.</summary>
public sealed class Lipsync
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

    /// <summary><c>video_url</c>: the result, once completed (presigned, expires).</summary>
    [JsonPropertyName("video_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? VideoUrl { get; set; }

    /// <summary><c>caption_url</c>.</summary>
    [JsonPropertyName("caption_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CaptionUrl { get; set; }

    /// <summary><c>duration</c> in seconds.</summary>
    [JsonPropertyName("duration")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Duration { get; set; }

    /// <summary><c>created_at</c> (unix seconds).</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CreatedAt { get; set; }

    /// <summary><c>failure_code</c>, when failed (not in the lipsync schema, but sent on videos; read when present).</summary>
    [JsonPropertyName("failure_code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FailureCode { get; set; }

    /// <summary><c>failure_message</c>, when failed.</summary>
    [JsonPropertyName("failure_message")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FailureMessage { get; set; }

    /// <summary><c>title</c>.</summary>
    [JsonPropertyName("title")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Title { get; set; }

    /// <summary><c>callback_id</c>.</summary>
    [JsonPropertyName("callback_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CallbackId { get; set; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(Lipsync), ("Id", Id), ("Status", Status), ("CallbackId", CallbackId), ("Duration", Duration), ("VideoUrl", ModelText.Url(VideoUrl)), ("FailureCode", FailureCode), ("FailureMessage", FailureMessage));
}
