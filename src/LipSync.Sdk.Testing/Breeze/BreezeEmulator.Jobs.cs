using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// POST /v1/text-to-speech/{voice_id}, GET /v1/generation-jobs/{id}, GET /v1/history/{id}/audio.
public sealed partial class BreezeEmulator
{
    private static readonly string[] OutputFormats = ["mp3", "wav", "flac", "pcm", "aac", "opus"];
    private long _nextSequence;

    private async Task HandleSpeechAsync(HttpContext context)
    {
        var voiceId = (string)context.Request.RouteValues["voiceId"]!;
        var query = context.Request.Query;
        var format = query.TryGetValue("output_format", out var f) ? f.ToString() : "mp3";
        if (!OutputFormats.Contains(format, StringComparer.Ordinal))
        {
            await WriteErrorAsync(context, 400, "BAD_REQUEST", $"Unsupported output_format '{format}'.").ConfigureAwait(false);
            return;
        }

        var (ok, json) = await TryReadJsonAsync(context).ConfigureAwait(false);
        var text = ok && json is JsonObject body && body["text"] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > _maxTextLength)
        {
            // Third-party observation: 1,001 characters → 422.
            await WriteErrorAsync(context, 422, "VALIDATION_ERROR", "Request validation failed.").ConfigureAwait(false);
            return;
        }

        if (!_voices.Any(v => (string?)v["voice_id"] == voiceId))
        {
            await WriteErrorAsync(context, 404, "RESOURCE_NOT_FOUND", $"Voice {voiceId} not found.").ConfigureAwait(false);
            return;
        }

        var modelId = (json as JsonObject)?["model_id"]?.GetValueKind() == JsonValueKind.String ? (string?)json!["model_id"] : null;
        var delivery = query.TryGetValue("delivery", out var d) ? d.ToString() : "sync";
        JobState job;
        lock (_lock)
        {
            job = new JobState
            {
                Id = Guid.NewGuid().ToString("N"),
                Sequence = _nextSequence++,
                VoiceId = voiceId,
                Text = text,
                ModelId = modelId,
                OutputFormat = format,
                CreatedAt = TimeProvider.GetUtcNow(),
                ScriptedFailure = _nextFailures.Count > 0 ? _nextFailures.Dequeue() : null,
            };
            _jobs.Add(job.Id, job);
        }

        if (!string.Equals(delivery, "async", StringComparison.OrdinalIgnoreCase))
        {
            // Sync delivery: the audio itself, as if the job finished at once.
            lock (_lock)
            {
                job.Status = "ready";
                job.CompletedAt = job.CreatedAt;
            }

            await WriteAudioAsync(context, job).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _createdJobCount);
        JsonObject created;
        lock (_lock)
        {
            created = ToJson(job);
        }

        await WriteJsonAsync(context, 200, created).ConfigureAwait(false);
    }

    private async Task HandleGetJobAsync(HttpContext context)
    {
        var job = Poll((string)context.Request.RouteValues["id"]!, out var json);
        if (job is null)
        {
            await WriteErrorAsync(context, 404, "RESOURCE_NOT_FOUND", "Resource not found.").ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, 200, json).ConfigureAwait(false);
    }

    private async Task HandleAudioAsync(HttpContext context)
    {
        var job = Poll((string)context.Request.RouteValues["id"]!, out var json);
        switch ((string?)json?["status"])
        {
            case null:
                await WriteErrorAsync(context, 404, "RESOURCE_NOT_FOUND", "Resource not found.").ConfigureAwait(false);
                return;
            case "active":
                // "Active jobs return GENERATION_NOT_READY with Retry-After."
                context.Response.Headers.RetryAfter = NotReadyRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await WriteErrorAsync(context, 425, "GENERATION_NOT_READY", "Generation is not ready yet.").ConfigureAwait(false);
                return;
            case "failed":
                await WriteErrorAsync(context, 502, "GENERATION_FAILED", "Generation failed.").ConfigureAwait(false);
                return;
            default:
                await WriteAudioAsync(context, job!).ConfigureAwait(false);
                return;
        }
    }

    // Ranges and validators like any result; the link in download_url may carry an emulator-only expiry (OutputLinkLifetime).
    private Task WriteAudioAsync(HttpContext context, JobState job)
    {
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{job.Id}.{job.OutputFormat}\"";
        context.Response.Headers["history-item-id"] = job.Id;
        return ServeOutputAsync(
            context, GetAudio(job.Id), job.OutputFormat == "mp3" ? "audio/mpeg" : "audio/" + job.OutputFormat,
            expired => WriteErrorAsync(expired, 410, "LINK_EXPIRED", "The download link has expired; read the generation job again for a fresh one."));
    }

    // Each read of a job counts as a poll and may finish it.
    private JobState? Poll(string id, out JsonObject? json)
    {
        lock (_lock)
        {
            if (!_jobs.TryGetValue(id, out var job))
            {
                json = null;
                return null;
            }

            job.PollCount++;
            if (job.Status == "active" && job.PollCount >= PollsUntilReady)
            {
                job.Status = job.ScriptedFailure is null ? "ready" : "failed";
                job.CompletedAt = TimeProvider.GetUtcNow();
            }

            json = ToJson(job);
            return job;
        }
    }

    private JsonObject ToJson(JobState job)
    {
        var voice = _voices.FirstOrDefault(v => (string?)v["voice_id"] == job.VoiceId);
        var json = new JsonObject
        {
            ["generation_job_id"] = job.Id,
            ["history_item_id"] = job.Id,
            ["status"] = job.Status,
            ["state"] = job.Status,
            ["source"] = "api",
            ["voice_id"] = job.VoiceId,
            ["voice_name"] = (string?)voice?["name"],
            ["voice_category"] = (string?)voice?["category"],
            ["model_id"] = job.ModelId ?? "breeze-tts-2",
            ["text"] = job.Text,
            ["content_type"] = job.OutputFormat == "mp3" ? "audio/mpeg" : "audio/" + job.OutputFormat,
            ["download_url"] = job.Status == "ready" ? ExpiringOutput(new Uri(BaseAddress, $"v1/history/{job.Id}/audio").ToString()) : null,
            ["created_at"] = job.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["completed_at"] = job.CompletedAt?.ToString("O", CultureInfo.InvariantCulture),
            ["date_unix"] = job.CreatedAt.ToUnixTimeSeconds(),
        };
        if (job.Status == "failed" && job.ScriptedFailure is { } failure)
        {
            json["error"] = new JsonObject { ["code"] = failure.Code, ["detail"] = failure.Detail };
        }

        return json;
    }
}
