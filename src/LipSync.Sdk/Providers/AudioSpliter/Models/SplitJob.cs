using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.AudioSpliter;

/// <summary>A split job (<c>GET /splits/{id}</c>): <c>queued</c> → <c>processing</c> (with progress) → <c>completed</c> | <c>failed</c>.</summary>
public sealed class SplitJob
{
    /// <summary>The job id (<c>job_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>See <see cref="SplitJobStatuses"/>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>0–100 while processing.</summary>
    [JsonPropertyName("progress")]
    public double? Progress { get; set; }

    /// <summary>The source URL.</summary>
    [JsonPropertyName("sourceUrl")]
    public string? SourceUrl { get; set; }

    /// <summary>The split mode.</summary>
    [JsonPropertyName("splitMode")]
    public string? SplitMode { get; set; }

    /// <summary>The segment length in seconds.</summary>
    [JsonPropertyName("segmentDuration")]
    public int? SegmentDuration { get; set; }

    /// <summary>The output format.</summary>
    [JsonPropertyName("outputFormat")]
    public string? OutputFormat { get; set; }

    /// <summary>When the job was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the job finished.</summary>
    [JsonPropertyName("completedAt")]
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The source file's name.</summary>
    [JsonPropertyName("sourceFileName")]
    public string? SourceFileName { get; set; }

    /// <summary>The source's length in seconds.</summary>
    [JsonPropertyName("sourceDuration")]
    public double? SourceDuration { get; set; }

    /// <summary>The source's size in bytes.</summary>
    [JsonPropertyName("sourceSize")]
    public long? SourceSize { get; set; }

    /// <summary>The segments, once completed. Their URLs expire; re-read the job for fresh ones.</summary>
    [JsonPropertyName("segments")]
    public List<SplitSegment> Segments { get; set; } = [];

    /// <summary>Why the job failed.</summary>
    [JsonPropertyName("error")]
    public SplitJobError? Error { get; set; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(SplitJob), ("Id", Id), ("Status", Status), ("Progress", Progress), ("SourceFileName", SourceFileName), ("Segments", Segments.Count), ("Error", Error?.Code));
}

/// <summary>One output segment of a completed split.</summary>
public sealed class SplitSegment
{
    /// <summary>The 0-based position of the segment.</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }

    /// <summary>A signed download URL, valid until <see cref="ExpiresAt"/>.</summary>
    [JsonPropertyName("downloadUrl")]
    public string? DownloadUrl { get; set; }

    /// <summary>The segment's length in seconds.</summary>
    [JsonPropertyName("duration")]
    public double? Duration { get; set; }

    /// <summary>The segment's size in bytes.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; set; }

    /// <summary>When <see cref="DownloadUrl"/> stops working (<c>DOWNLOAD_EXPIRED</c>).</summary>
    [JsonPropertyName("expiresAt")]
    public DateTimeOffset? ExpiresAt { get; set; }
}

/// <summary>The <c>error{code, message}</c> of a failed job.</summary>
public sealed class SplitJobError
{
    /// <summary>The code, one of <see cref="AudioSpliterErrorCatalog"/>.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>The message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }
}

/// <summary>Split job status values.</summary>
public static class SplitJobStatuses
{
    /// <summary>Accepted, waiting.</summary>
    public const string Queued = "queued";

    /// <summary>Running; see <see cref="SplitJob.Progress"/>.</summary>
    public const string Processing = "processing";

    /// <summary>Finished; see <see cref="SplitJob.Segments"/>.</summary>
    public const string Completed = "completed";

    /// <summary>Finished without output; see <see cref="SplitJob.Error"/>.</summary>
    public const string Failed = "failed";
}
