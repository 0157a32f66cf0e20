using System.Globalization;
using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

// All jobs of one ChamelaionEmulator: creation (with the token limit), the poll-driven state machine
// queued → processing → completed | failed, scripted failures and lookups by id or reference id. One lock guards
// everything and JSON is rendered under it, so a response never shows a half-updated job.
internal sealed class ChamelaionJobStore(TimeProvider timeProvider, Func<string, string> outputUrlFor, Func<string, string> presign)
{
    private readonly Lock _lock = new();
    private readonly List<ChamelaionJobState> _jobs = [];
    private readonly Queue<string> _nextFailures = new();
    private int _createdJobCount;

    public int PollsUntilProcessing { get; set; } = 1;

    public int PollsUntilCompleted { get; set; } = 2;

    public int? TokenLimit { get; set; }

    public int CreatedJobCount
    {
        get { lock (_lock) { return _createdJobCount; } }
    }

    public IReadOnlyList<ChamelaionEmulatedJob> Snapshot()
    {
        lock (_lock)
        {
            return _jobs.Select(j => j.ToSnapshot()).ToArray();
        }
    }

    // Null when the token limit is reached: nothing is created.
    public string? Create(ChamelaionJobState draft)
    {
        lock (_lock)
        {
            if (TokenLimit is { } limit && _createdJobCount >= limit)
            {
                return null;
            }

            _createdJobCount++;
            draft.Id = Guid.NewGuid().ToString();
            draft.CreatedAt = timeProvider.GetUtcNow();
            draft.Status = ChamelaionEmulator.Queued;
            draft.ScriptedFailure = _nextFailures.TryDequeue(out var failure) ? failure : null;
            _jobs.Add(draft);
            return draft.Id;
        }
    }

    public ChamelaionEmulatedJob Seed(string? referenceId, string status, DateTimeOffset? createdAt)
    {
        lock (_lock)
        {
            var job = new ChamelaionJobState
            {
                Id = Guid.NewGuid().ToString(),
                ReferenceId = referenceId,
                Source = "seeded",
                CreatedAt = createdAt ?? timeProvider.GetUtcNow(),
                Status = status,
            };
            if (status == ChamelaionEmulator.Completed)
            {
                job.OutputUrl = outputUrlFor(job.Id);
                job.FinishedAt = job.CreatedAt;
            }
            else if (status == ChamelaionEmulator.Failed)
            {
                job.ErrorMessage = ChamelaionErrorBodies.VideoUrlNotAccessible;
                job.FinishedAt = job.CreatedAt;
            }

            _jobs.Add(job);
            return job.ToSnapshot();
        }
    }

    public void EnqueueFailure(string errorMessage)
    {
        lock (_lock)
        {
            _nextFailures.Enqueue(errorMessage);
        }
    }

    public ChamelaionEmulatedJob SetStatus(string id, string status, string? errorMessage)
    {
        lock (_lock)
        {
            var job = _jobs.FirstOrDefault(j => j.Id == id) ?? throw new KeyNotFoundException($"No job with id '{id}'.");
            job.IsFrozen = true;
            job.Status = status;
            job.OutputUrl = status == ChamelaionEmulator.Completed ? outputUrlFor(job.Id) : null;
            job.ErrorMessage = status == ChamelaionEmulator.Failed ? errorMessage ?? ChamelaionErrorBodies.InternalError : errorMessage;
            return job.ToSnapshot();
        }
    }

    public bool IsCompleted(string id)
    {
        lock (_lock)
        {
            return _jobs.Any(j => j.Id == id && j.Status == ChamelaionEmulator.Completed);
        }
    }

    public IReadOnlyList<ChamelaionEmulatedJob> FindByReference(string referenceId)
    {
        lock (_lock)
        {
            return _jobs.Where(j => j.ReferenceId == referenceId).Select(j => j.ToSnapshot()).ToArray();
        }
    }

    // GET /v1/lipsync/requests/{id}: the id first, then the reference id (the newest job carrying it); counts a poll.
    public JsonObject? Poll(string idOrReference)
    {
        lock (_lock)
        {
            var job = _jobs.FirstOrDefault(j => j.Id == idOrReference) ?? _jobs.LastOrDefault(j => j.ReferenceId == idOrReference);
            if (job is null)
            {
                return null;
            }

            job.PollCount++;
            Advance(job);
            return job.ToJson(presign);
        }
    }

    public JsonObject List(string? referenceId, int limit, int offset)
    {
        lock (_lock)
        {
            var matching = _jobs.Where(j => referenceId is null || j.ReferenceId == referenceId).ToList();
            var data = new JsonArray();
            foreach (var job in matching.Skip(offset).Take(limit))
            {
                data.Add(job.ToJson(presign));
            }

            return new JsonObject
            {
                ["data"] = data,
                ["pagination"] = new JsonObject { ["limit"] = limit, ["offset"] = offset, ["total"] = matching.Count },
            };
        }
    }

    private void Advance(ChamelaionJobState job)
    {
        if (job.IsFrozen || job.Status is ChamelaionEmulator.Completed or ChamelaionEmulator.Failed)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        if (job.PollCount >= PollsUntilCompleted)
        {
            job.StartedAt ??= now;
            job.FinishedAt = now;
            if (job.ScriptedFailure is { } failure)
            {
                job.Status = ChamelaionEmulator.Failed;
                job.ErrorMessage = failure;
            }
            else
            {
                job.Status = ChamelaionEmulator.Completed;
                job.OutputUrl = outputUrlFor(job.Id);
            }
        }
        else if (job.PollCount >= PollsUntilProcessing)
        {
            job.Status = ChamelaionEmulator.Processing;
            job.StartedAt ??= now;
        }
    }
}

// The mutable state of one job, only touched under the store's lock.
internal sealed class ChamelaionJobState
{
    public string Id { get; set; } = string.Empty;

    public string? ReferenceId { get; set; }

    public string Status { get; set; } = ChamelaionEmulator.Queued;

    public string Source { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int PollCount { get; set; }

    public bool IsFrozen { get; set; }

    public string? ScriptedFailure { get; set; }

    public string? VideoUrl { get; set; }

    public string? AudioUrl { get; set; }

    public ChamelaionUploadedPart? VideoUpload { get; set; }

    public ChamelaionUploadedPart? AudioUpload { get; set; }

    public bool? DisableActiveSpeakerDetection { get; set; }

    public string? Model { get; set; }

    public string? OutputUrl { get; set; }

    public string? ErrorMessage { get; set; }

    public ChamelaionEmulatedJob ToSnapshot() => new()
    {
        Id = Id,
        ReferenceId = ReferenceId,
        Status = Status,
        Source = Source,
        CreatedAt = CreatedAt,
        PollCount = PollCount,
        VideoUrl = VideoUrl,
        AudioUrl = AudioUrl,
        VideoUpload = VideoUpload,
        AudioUpload = AudioUpload,
        DisableActiveSpeakerDetection = DisableActiveSpeakerDetection,
        Model = Model,
        OutputUrl = OutputUrl,
        ErrorMessage = ErrorMessage,
    };

    // The LipsyncRequest object of the API reference; optional fields are omitted while unset.
    public JsonObject ToJson(Func<string, string> presign)
    {
        var json = new JsonObject { ["id"] = Id };
        if (ReferenceId is not null)
        {
            json["reference_id"] = ReferenceId;
        }

        json["status"] = Status;
        json["created_at"] = Format(CreatedAt);
        if (StartedAt is { } started)
        {
            json["started_at"] = Format(started);
        }

        if (FinishedAt is { } finished)
        {
            json["finished_at"] = Format(finished);
        }

        if (OutputUrl is not null)
        {
            json["output_url"] = presign(OutputUrl);
        }

        if (ErrorMessage is not null)
        {
            json["error_message"] = ErrorMessage;
        }

        return json;
    }

    private static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
