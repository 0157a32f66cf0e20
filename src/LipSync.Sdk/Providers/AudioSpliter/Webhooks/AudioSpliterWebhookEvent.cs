using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LipSync.Sdk.Providers.Envelope;
using LipSync.Sdk.Webhooks;

namespace LipSync.Sdk.Providers.AudioSpliter;

/// <summary>An AudioSpliter webhook payload: <c>{event, jobId, timestamp, data}</c>.</summary>
public sealed class AudioSpliterWebhookEvent
{
    /// <summary><c>job.completed</c>, <c>job.failed</c> or <c>job.progress</c>.</summary>
    public required string Event { get; init; }

    /// <summary>The job (<c>jobId</c>, <c>job_…</c>).</summary>
    public string? JobId { get; init; }

    /// <summary>When the event happened (<c>timestamp</c>, ISO-8601 or Unix seconds).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Progress 0–100 on <c>job.progress</c> (<c>data.progress</c>).</summary>
    public double? Progress { get; init; }

    /// <summary>The failure code on <c>job.failed</c> (<c>data.error.code</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The failure message on <c>job.failed</c> (<c>data.error.message</c>).</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The whole <c>data</c> object.</summary>
    public JsonElement Data { get; init; }

    /// <summary>
    /// The event as a neutral job update, read through the same job layout and error catalogue as a polled
    /// <c>GET /splits/{id}</c>: <c>job.completed</c> → <see cref="JobStatus.Completed"/> (first segment as the output
    /// when <c>data</c> carries segments), <c>job.failed</c> → <see cref="JobStatus.Failed"/> with
    /// <c>data.error.code</c> classified by <see cref="AudioSpliterErrorCatalog"/>, <c>job.progress</c> →
    /// <see cref="JobStatus.Processing"/> with its progress. Null for other events or without a <c>jobId</c>.
    /// </summary>
    /// <returns>The job, or null.</returns>
    public LipSyncJob? ToJob()
    {
        var status = Event switch
        {
            "job.completed" => "completed",
            "job.failed" => "failed",
            "job.progress" => "processing",
            _ => null,
        };
        if (status is null || string.IsNullOrEmpty(JobId))
        {
            return null;
        }

        // data holds the job's fields (segments, error, progress); id and status come from the envelope.
        var body = Data.ValueKind == JsonValueKind.Object ? JsonNode.Parse(Data.GetRawText())!.AsObject() : [];
        body["id"] = JobId;
        body["status"] = status;
        var job = EnvelopeJobMapper.ToJob(AudioSpliterErrorCatalog.ProviderName, JobLayout, Catalog, body, JobId);
        return job with { ProviderStatus = Event, RawRepresentation = this };
    }

    /// <summary>Parses a payload (verify it first).</summary>
    /// <param name="rawBody">The body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="LipSyncException">Not an AudioSpliter webhook payload.</exception>
    public static AudioSpliterWebhookEvent Parse(ReadOnlySpan<byte> rawBody)
    {
        using var document = WebhookJson.ParseObject(rawBody, "audiospliter");
        var root = document.RootElement;
        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Clone() : default;
        var error = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        return new AudioSpliterWebhookEvent
        {
            Event = WebhookJson.Text(root, "event") ?? throw WebhookJson.Invalid("audiospliter", "no event"),
            JobId = WebhookJson.Text(root, "jobId"),
            Timestamp = ReadTimestamp(root),
            Progress = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("progress", out var p) && p.TryGetDouble(out var value) ? value : null,
            ErrorCode = WebhookJson.Text(error, "code"),
            ErrorMessage = WebhookJson.Text(error, "message"),
            Data = data,
        };
    }

    private static EnvelopeJobLayout JobLayout { get; } = AudioSpliterProfile.Create().Jobs!;

    private static ErrorCatalog Catalog { get; } = new(AudioSpliterErrorCatalog.ProviderName, AudioSpliterErrorCatalog.Entries);

    internal static DateTimeOffset? ReadTimestamp(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("timestamp", out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds),
            JsonValueKind.String when DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) => date,
            _ => null,
        };
    }
}
