using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Breeze;

/// <summary>
/// An async generation job (<c>GET /v1/generation-jobs/{id}</c>). Async speech jobs use the same id for
/// <see cref="GenerationJobId"/> and <see cref="HistoryItemId"/>; <see cref="Status"/> moves from <c>active</c> to
/// <c>ready</c> or <c>failed</c>.
/// </summary>
public sealed class BreezeGenerationJob
{
    /// <summary>The job id.</summary>
    [JsonPropertyName("generation_job_id")]
    public string GenerationJobId { get; set; } = string.Empty;

    /// <summary>The history item that holds the audio (the same id for async speech jobs).</summary>
    [JsonPropertyName("history_item_id")]
    public string? HistoryItemId { get; set; }

    /// <summary><c>active</c>, <c>ready</c> or <c>failed</c> (see <see cref="BreezeJobStatuses"/>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>A finer-grained state, when reported.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>What created the job (API, Studio...).</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>The voice.</summary>
    [JsonPropertyName("voice_id")]
    public string? VoiceId { get; set; }

    /// <summary>The voice's name.</summary>
    [JsonPropertyName("voice_name")]
    public string? VoiceName { get; set; }

    /// <summary>The voice's category.</summary>
    [JsonPropertyName("voice_category")]
    public string? VoiceCategory { get; set; }

    /// <summary>The model.</summary>
    [JsonPropertyName("model_id")]
    public string? ModelId { get; set; }

    /// <summary>The text spoken.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>The media type of the audio, such as <c>audio/mpeg</c>.</summary>
    [JsonPropertyName("content_type")]
    public string? ContentType { get; set; }

    /// <summary>Where the audio can be downloaded once ready.</summary>
    [JsonPropertyName("download_url")]
    public string? DownloadUrl { get; set; }

    /// <summary>When the job was created.</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    /// <summary>When the job finished.</summary>
    [JsonPropertyName("completed_at")]
    public string? CompletedAt { get; set; }

    /// <summary>Creation time in Unix seconds.</summary>
    [JsonPropertyName("date_unix")]
    public long? DateUnix { get; set; }

    /// <summary>Why the job failed, when <see cref="Status"/> is <c>failed</c>.</summary>
    [JsonPropertyName("error")]
    public BreezeJobError? Error { get; set; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(BreezeGenerationJob), ("GenerationJobId", GenerationJobId), ("Status", Status), ("VoiceId", VoiceId), ("ModelId", ModelId), ("DownloadUrl", ModelText.Url(DownloadUrl)), ("Error", Error?.Code));
}

/// <summary>The <c>error{code, detail}</c> of a failed job; the code is one of <see cref="BreezeErrorCatalog"/>.</summary>
public sealed class BreezeJobError
{
    /// <summary>The error code.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>The message.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; set; }
}

/// <summary>Breeze job status values.</summary>
public static class BreezeJobStatuses
{
    /// <summary>Running.</summary>
    public const string Active = "active";

    /// <summary>Finished; the audio can be downloaded.</summary>
    public const string Ready = "ready";

    /// <summary>Finished without audio; see <see cref="BreezeGenerationJob.Error"/>.</summary>
    public const string Failed = "failed";
}
