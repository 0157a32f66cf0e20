using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// POST /splits, GET /splits/{id} and the CDN download of segments.
public sealed partial class AudioSpliterEmulator
{
    private static readonly string[] OutputFormats = ["mp3", "wav", "flac", "ogg", "aac"];
    private long _nextSequence;

    private async Task HandleCreateAsync(HttpContext context)
    {
        if (await ApplyRateLimitAsync(context).ConfigureAwait(false))
        {
            return;
        }

        var (ok, json) = await TryReadJsonAsync(context).ConfigureAwait(false);
        if (!ok || json is not JsonObject body)
        {
            await WriteErrorAsync(context, 400, "INVALID_PARAMS", "Request body must be a JSON object").ConfigureAwait(false);
            return;
        }

        var fields = new List<(string, string)>();
        var sourceUrl = String(body, "sourceUrl");
        if (!Uri.TryCreate(sourceUrl, UriKind.Absolute, out var source) || (source.Scheme != "https" && source.Scheme != "http"))
        {
            fields.Add(("sourceUrl", "Must be a valid http(s) URL"));
        }

        var mode = String(body, "splitMode") ?? "duration";
        if (mode is not ("duration" or "fileSize"))
        {
            fields.Add(("splitMode", "Must be one of: duration, fileSize"));
        }

        int segmentDuration = 0;
        var durationNode = body["segmentDuration"];
        if (mode == "duration"
            && (durationNode is not JsonValue durationValue || durationValue.GetValueKind() != JsonValueKind.Number || !durationValue.TryGetValue(out segmentDuration)))
        {
            fields.Add(("segmentDuration", "Must be a positive integer"));
        }

        var format = String(body, "outputFormat") ?? "mp3";
        if (!OutputFormats.Contains(format, StringComparer.Ordinal))
        {
            fields.Add(("outputFormat", "Must be one of: mp3, wav, flac, ogg, aac"));
        }

        if (fields.Count > 0)
        {
            await WriteJsonAsync(context, 422, AudioSpliterErrorBodies.InvalidParamsNode(fields)).ConfigureAwait(false);
            return;
        }

        if (segmentDuration < 1)
        {
            await WriteErrorAsync(context, 422, "DURATION_TOO_SHORT", "Segment duration below minimum (1 second)").ConfigureAwait(false);
            return;
        }

        if (segmentDuration > _options.SourceDurationSeconds)
        {
            await WriteErrorAsync(context, 422, "DURATION_TOO_LONG", "Segment duration exceeds source length").ConfigureAwait(false);
            return;
        }

        JsonObject created;
        lock (_lock)
        {
            var job = new JobState
            {
                Id = "job_" + Guid.NewGuid().ToString("N")[..16],
                Sequence = _nextSequence++,
                SourceUrl = sourceUrl!,
                SegmentDuration = segmentDuration,
                OutputFormat = format,
                CreatedAt = TimeProvider.GetUtcNow(),
                ScriptedFailure = _nextFailures.Count > 0 ? _nextFailures.Dequeue() : null,
            };
            _jobs.Add(job.Id, job);
            created = ToJson(job);
        }

        Interlocked.Increment(ref _createdJobCount);
        await WriteJsonAsync(context, 201, created).ConfigureAwait(false);
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        if (await ApplyRateLimitAsync(context).ConfigureAwait(false))
        {
            return;
        }

        var id = (string)context.Request.RouteValues["id"]!;
        JsonObject? json = null;
        lock (_lock)
        {
            if (_jobs.TryGetValue(id, out var job))
            {
                job.PollCount++;
                if (job.Status == "queued" && job.PollCount >= _options.PollsUntilProcessing)
                {
                    job.Status = "processing";
                }

                if (job.Status == "processing" && job.PollCount >= _options.PollsUntilCompleted)
                {
                    job.Status = job.ScriptedFailure is null ? "completed" : "failed";
                    job.CompletedAt = TimeProvider.GetUtcNow();
                    SendJobEndedWebhook(job);
                }

                json = ToJson(job);
            }
        }

        if (json is null)
        {
            await WriteErrorAsync(context, 404, "JOB_NOT_FOUND", "Job ID does not exist").ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, 200, json).ConfigureAwait(false);
    }

    private async Task HandleDownloadAsync(HttpContext context)
    {
        var jobId = (string)context.Request.RouteValues["jobId"]!;
        var index = int.Parse((string)context.Request.RouteValues["index"]!, CultureInfo.InvariantCulture);
        var query = context.Request.Query;
        var expired = !long.TryParse(query["expires"], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || TimeProvider.GetUtcNow().ToUnixTimeSeconds() >= expires
            || !int.TryParse(query["v"], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || version < Volatile.Read(ref _minimumUrlVersion);
        if (expired)
        {
            await WriteErrorAsync(context, 410, "DOWNLOAD_EXPIRED", "Segment download URL has expired").ConfigureAwait(false);
            return;
        }

        string? format;
        lock (_lock)
        {
            format = _jobs.TryGetValue(jobId, out var job) && job.Status == "completed" ? job.OutputFormat : null;
        }

        if (format is null)
        {
            await WriteErrorAsync(context, 404, "JOB_NOT_FOUND", "Job ID does not exist").ConfigureAwait(false);
            return;
        }

        // Ranges and validators like the CDN it stands for, so a cut download resumes where it stopped.
        await OutputResponder.WriteAsync(context, GetSegmentBytes(jobId, index), "audio/" + (format == "mp3" ? "mpeg" : format)).ConfigureAwait(false);
    }

    // Every read issues fresh signed URLs (provider notes §2.4: re-GET the job to refresh an expired one).
    private JsonObject ToJson(JobState job)
    {
        var json = new JsonObject
        {
            ["id"] = job.Id,
            ["status"] = job.Status,
            ["sourceUrl"] = job.SourceUrl,
            ["splitMode"] = "duration",
            ["segmentDuration"] = job.SegmentDuration,
            ["outputFormat"] = job.OutputFormat,
            ["createdAt"] = job.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (job.Status == "processing")
        {
            json["progress"] = Math.Clamp(job.PollCount * 100 / Math.Max(1, _options.PollsUntilCompleted), 1, 99);
        }

        if (job.Status == "completed")
        {
            var now = TimeProvider.GetUtcNow();
            var expiresAt = now + _options.SegmentUrlLifetime;
            var version = Interlocked.Increment(ref _urlVersion);
            var count = SegmentCount(job);
            var segments = new JsonArray();
            for (var i = 0; i < count; i++)
            {
                var seconds = SegmentSeconds(job, i);
                segments.Add(new JsonObject
                {
                    ["index"] = i,
                    ["downloadUrl"] = new Uri(DownloadBase, string.Create(CultureInfo.InvariantCulture,
                        $"cdn/{job.Id}/{i}?expires={expiresAt.ToUnixTimeSeconds()}&v={version}&sig={Guid.NewGuid():N}")).ToString(),
                    ["duration"] = seconds,
                    ["size"] = Math.Max(8, (int)(seconds * _options.BytesPerSecond)),
                    ["expiresAt"] = expiresAt.ToString("O", CultureInfo.InvariantCulture),
                });
            }

            json["progress"] = 100;
            json["segments"] = segments;
            json["sourceFileName"] = Path.GetFileName(new Uri(job.SourceUrl).AbsolutePath);
            json["sourceDuration"] = _options.SourceDurationSeconds;
            json["sourceSize"] = (long)(_options.SourceDurationSeconds * _options.BytesPerSecond);
            json["completedAt"] = job.CompletedAt?.ToString("O", CultureInfo.InvariantCulture);
        }

        if (job.Status == "failed" && job.ScriptedFailure is { } failure)
        {
            json["error"] = new JsonObject { ["code"] = failure.Code, ["message"] = failure.Message };
        }

        return json;
    }

    private Uri DownloadBase => _options.DownloadHost is { } host ? new UriBuilder(BaseAddress) { Host = host }.Uri : BaseAddress;

    private int SegmentCount(JobState job) => (int)Math.Ceiling(_options.SourceDurationSeconds / job.SegmentDuration);

    private static string? String(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private sealed class JobState
    {
        public required string Id { get; init; }

        public required long Sequence { get; init; }

        public required string SourceUrl { get; init; }

        public required int SegmentDuration { get; init; }

        public required string OutputFormat { get; init; }

        public required DateTimeOffset CreatedAt { get; init; }

        public (string Code, string Message)? ScriptedFailure { get; init; }

        public string Status { get; set; } = "queued";

        public int PollCount { get; set; }

        public DateTimeOffset? CompletedAt { get; set; }

        public AudioSpliterEmulatorJob Snapshot(int segmentCount) => new()
        {
            Id = Id,
            Status = Status,
            SourceUrl = SourceUrl,
            SegmentDuration = SegmentDuration,
            OutputFormat = OutputFormat,
            PollCount = PollCount,
            SegmentCount = Status == "completed" ? segmentCount : 0,
        };
    }
}
