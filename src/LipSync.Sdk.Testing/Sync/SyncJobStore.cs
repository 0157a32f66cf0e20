using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

// The outcome of a create request against the store.
internal enum SyncCreateOutcome
{
    Created,
    Replayed,
    KeyReused,
    ConcurrencyLimited,
}

// All generations of one SyncEmulator: creation with idempotency, the poll-driven state machine and scripted
// outcomes. One lock guards everything, so concurrent creates with the same key create exactly one job and a
// snapshot never shows a half-updated job. JSON is rendered under the lock for the same reason.
internal sealed partial class SyncJobStore(TimeProvider timeProvider, Func<string, string> outputUrlFor)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SyncJobState> _jobsById = new(StringComparer.Ordinal);
    private readonly List<SyncJobState> _jobs = [];
    private readonly Dictionary<string, (JsonObject Request, SyncJobState Job)> _idempotencyKeys = new(StringComparer.Ordinal);
    private readonly Queue<SyncJobFailure> _nextFailures = new();
    private long _nextSequence;
    private int _createdJobCount;
    private int _pollsUntilProcessing = 1;
    private int _pollsUntilCompleted = 2;
    private double _outputDurationSeconds = 4.2;
    private int? _concurrencyLimit;
    private int _peakRunningJobs;
    private int _concurrencyRejections;

    // Called under the lock when a job reaches a terminal status (webhook delivery; must not block).
    public Action<SyncJobState>? Finished { get; set; }

    // When set, jobs finish on the clock (SyncEmulator.JobDuration) and polls no longer move them.
    public bool ClockDriven { get; set; }

    public int? ConcurrencyLimit
    {
        get { lock (_lock) { return _concurrencyLimit; } }
        set { lock (_lock) { _concurrencyLimit = value; } }
    }

    public int PeakRunningJobs
    {
        get { lock (_lock) { return _peakRunningJobs; } }
    }

    public int ConcurrencyRejections
    {
        get { lock (_lock) { return _concurrencyRejections; } }
    }

    public int RunningJobs
    {
        get { lock (_lock) { return RunningLocked(); } }
    }

    public int PollsUntilProcessing
    {
        get { lock (_lock) { return _pollsUntilProcessing; } }
        set { lock (_lock) { _pollsUntilProcessing = value; } }
    }

    public int PollsUntilCompleted
    {
        get { lock (_lock) { return _pollsUntilCompleted; } }
        set { lock (_lock) { _pollsUntilCompleted = value; } }
    }

    public double OutputDurationSeconds
    {
        get { lock (_lock) { return _outputDurationSeconds; } }
        set { lock (_lock) { _outputDurationSeconds = value; } }
    }

    public int CreatedJobCount
    {
        get { lock (_lock) { return _createdJobCount; } }
    }

    public IReadOnlyList<SyncJob> Snapshot()
    {
        lock (_lock)
        {
            return _jobs.Select(job => job.ToSnapshot()).ToArray();
        }
    }

    public SyncJob? Find(string id)
    {
        lock (_lock)
        {
            return _jobsById.TryGetValue(id, out var job) ? job.ToSnapshot() : null;
        }
    }

    public (SyncCreateOutcome Outcome, JsonObject? Generation) Create(JsonObject request, string? idempotencyKey)
    {
        lock (_lock)
        {
            if (idempotencyKey is not null && _idempotencyKeys.TryGetValue(idempotencyKey, out var earlier))
            {
                // Compare parsed JSON, not bytes: a retry that re-serializes the same DTO must still be a replay.
                return JsonNode.DeepEquals(earlier.Request, request)
                    ? (SyncCreateOutcome.Replayed, SyncGenerationJson.ToJson(earlier.Job, progressPercent: null))
                    : (SyncCreateOutcome.KeyReused, null);
            }

            // Sync counts PENDING and PROCESSING generations against the plan's concurrency (sync.md §9).
            var running = RunningLocked();
            if (_concurrencyLimit is { } limit && running >= limit)
            {
                _concurrencyRejections++;
                return (SyncCreateOutcome.ConcurrencyLimited, new JsonObject { ["activeGenerations"] = running, ["concurrencyLimit"] = limit });
            }

            _peakRunningJobs = Math.Max(_peakRunningJobs, running + 1);
            _nextFailures.TryDequeue(out var failure);
            var job = AddLocked(request, SyncStatuses.Pending, TimeProvider.GetUtcNow(), idempotencyKey);
            job.ScriptedFailure = failure;
            _createdJobCount++;
            if (idempotencyKey is not null)
            {
                _idempotencyKeys[idempotencyKey] = ((JsonObject)request.DeepClone(), job);
            }

            return (SyncCreateOutcome.Created, SyncGenerationJson.ToJson(job, progressPercent: null));
        }
    }

    // Forgets every job and idempotency key (long benchmark runs that create jobs by the million).
    public void Clear()
    {
        lock (_lock)
        {
            _jobsById.Clear();
            _jobs.Clear();
            _idempotencyKeys.Clear();
        }
    }

    public SyncJob Seed(JsonObject request, string status, DateTimeOffset? createdAt)
    {
        lock (_lock)
        {
            var job = AddLocked(request, status, createdAt ?? TimeProvider.GetUtcNow(), idempotencyKey: null);
            if (status == SyncStatuses.Completed)
            {
                CompleteLocked(job);
            }
            else if (status is SyncStatuses.Failed or SyncStatuses.Rejected)
            {
                job.Error = "Generation failed";
                job.ErrorCode = SyncEmulatorErrorCodes.GenerationPipelineFailed;
            }

            return job.ToSnapshot();
        }
    }

    // Answers one GET /v2/generate/{id}: counts the poll, moves the state machine, renders the result.
    public JsonObject? Poll(string id, bool includeProgress)
    {
        lock (_lock)
        {
            if (!_jobsById.TryGetValue(id, out var job))
            {
                return null;
            }

            job.PollCount++;
            if (!ClockDriven && !job.IsFrozen && !SyncStatuses.IsTerminal(job.Status))
            {
                if (job.PollCount >= _pollsUntilCompleted)
                {
                    FinishLocked(job);
                }
                else if (job.PollCount >= _pollsUntilProcessing && job.Status == SyncStatuses.Pending)
                {
                    SetStatusLocked(job, SyncStatuses.Processing);
                }
            }

            return SyncGenerationJson.ToJson(job, includeProgress ? ProgressLocked(job) : null);
        }
    }

    // Renders a job without counting a poll (used at the end of a held long poll).
    public JsonObject? Render(string id, bool includeProgress)
    {
        lock (_lock)
        {
            return _jobsById.TryGetValue(id, out var job)
                ? SyncGenerationJson.ToJson(job, includeProgress ? ProgressLocked(job) : null)
                : null;
        }
    }

    // The job's status and a task that completes on its next status change, read together so no change is missed.
    public (string Status, Task Changed)? Watch(string id)
    {
        lock (_lock)
        {
            return _jobsById.TryGetValue(id, out var job) ? (job.Status, job.Changed.Task) : null;
        }
    }

    public bool IsDownloadable(string id)
    {
        lock (_lock)
        {
            return _jobsById.TryGetValue(id, out var job) && job.Status == SyncStatuses.Completed;
        }
    }

    // GET /v2/generations. Returns null when the cursor names no generation.
    public JsonArray? List(IReadOnlySet<string>? statuses, IReadOnlySet<string>? ids, int? limit, string? cursor)
    {
        lock (_lock)
        {
            IEnumerable<SyncJobState> query = _jobs;
            if (statuses is not null)
            {
                query = query.Where(job => statuses.Contains(job.Status));
            }

            if (ids is not null)
            {
                query = query.Where(job => ids.Contains(job.Id));
            }

            if (limit is { } pageSize)
            {
                // Paged listing is newest first; the cursor is the last id of the previous page, so the next page is
                // everything older than it. Sequence breaks ties between jobs created in the same instant.
                query = query.OrderByDescending(job => job.CreatedAt).ThenByDescending(job => job.Sequence);
                if (cursor is not null)
                {
                    if (!_jobsById.TryGetValue(cursor, out var after))
                    {
                        return null;
                    }

                    query = query.Where(job => job.CreatedAt < after.CreatedAt
                        || (job.CreatedAt == after.CreatedAt && job.Sequence < after.Sequence));
                }

                query = query.Take(pageSize);
            }

            var array = new JsonArray();
            foreach (var job in query)
            {
                array.Add(SyncGenerationJson.ToJson(job, progressPercent: null));
            }

            return array;
        }
    }

    public void EnqueueFailure(SyncJobFailure failure)
    {
        lock (_lock)
        {
            _nextFailures.Enqueue(failure);
        }
    }

    public void ScriptFailure(string id, SyncJobFailure failure)
    {
        lock (_lock)
        {
            var job = GetLocked(id);
            if (SyncStatuses.IsTerminal(job.Status))
            {
                throw new InvalidOperationException($"Generation {id} is already {job.Status}; use SetJobStatus to change a finished job.");
            }

            job.ScriptedFailure = failure;
        }
    }

    public SyncJob SetStatus(string id, string status, string? errorCode, string? message)
    {
        lock (_lock)
        {
            var job = GetLocked(id);
            job.IsFrozen = true;
            if (status == SyncStatuses.Completed)
            {
                CompleteLocked(job);
            }
            else
            {
                job.OutputUrl = null;
                job.OutputDuration = null;
                var failed = status is SyncStatuses.Failed or SyncStatuses.Rejected;
                job.Error = message ?? (failed ? "Generation failed" : null);
                job.ErrorCode = errorCode ?? (failed ? SyncEmulatorErrorCodes.GenerationPipelineFailed : null);
                SetStatusLocked(job, status);
            }

            return job.ToSnapshot();
        }
    }

    private TimeProvider TimeProvider => timeProvider;

    private SyncJobState AddLocked(JsonObject request, string status, DateTimeOffset createdAt, string? idempotencyKey)
    {
        var job = new SyncJobState
        {
            Id = Guid.NewGuid().ToString(),
            Sequence = _nextSequence++,
            CreatedAt = createdAt,
            Model = request["model"]?.GetValue<string>() ?? string.Empty,
            Request = (JsonObject)request.DeepClone(),
            IdempotencyKey = idempotencyKey,
            Status = status,
        };
        _jobs.Add(job);
        _jobsById.Add(job.Id, job);
        return job;
    }

    private SyncJobState GetLocked(string id) =>
        _jobsById.TryGetValue(id, out var job) ? job : throw new KeyNotFoundException($"No generation with id '{id}'.");

    private void FinishLocked(SyncJobState job)
    {
        if (job.ScriptedFailure is { } failure)
        {
            job.Error = failure.Message;
            job.ErrorCode = failure.ErrorCode;
            SetStatusLocked(job, failure.Status);
        }
        else
        {
            CompleteLocked(job);
        }
    }

    private void CompleteLocked(SyncJobState job)
    {
        job.OutputUrl = outputUrlFor(job.Id);
        job.OutputDuration = _outputDurationSeconds;
        job.Error = null;
        job.ErrorCode = null;
        SetStatusLocked(job, SyncStatuses.Completed);
    }

    // Finishes a running job on the clock (ClockDriven); false when it already ended or a test froze it.
    public bool FinishByClock(string id)
    {
        lock (_lock)
        {
            if (!_jobsById.TryGetValue(id, out var job) || job.IsFrozen || SyncStatuses.IsTerminal(job.Status))
            {
                return false;
            }

            FinishLocked(job);
            return true;
        }
    }

    private int RunningLocked() => _jobs.Count(job => !SyncStatuses.IsTerminal(job.Status));

    private void SetStatusLocked(SyncJobState job, string status)
    {
        var wasTerminal = SyncStatuses.IsTerminal(job.Status);
        job.Status = status;
        if (!wasTerminal && SyncStatuses.IsTerminal(status))
        {
            Finished?.Invoke(job);
        }

        var changed = job.Changed;
        job.Changed = SyncJobState.NewSignal();
        changed.TrySetResult();
    }

    private int ProgressLocked(SyncJobState job) => job.Status switch
    {
        SyncStatuses.Pending => 0,
        SyncStatuses.Processing => Math.Clamp(job.PollCount * 100 / Math.Max(_pollsUntilCompleted, 1), 1, 99),
        SyncStatuses.Completed => 100,
        _ => 0,
    };
}
