using System.Globalization;
using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

// All jobs, assets and idempotency records of one HeyGenEmulator. One lock guards everything, so concurrent creates
// with the same key create exactly one job, and JSON is rendered under the lock so it never shows a half-updated job.
internal sealed partial class HeyGenJobStore(TimeProvider time, Func<string, string> outputUrlFor)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, JobState> _jobsById = new(StringComparer.Ordinal);
    private readonly List<JobState> _jobs = [];
    private readonly Dictionary<string, AssetState> _assets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonNode? Request, int Status, JsonObject Response)> _replays = new(StringComparer.Ordinal);
    private readonly Dictionary<HeyGenJobKind, Queue<(string Code, string Message)>> _nextFailures = new()
    {
        [HeyGenJobKind.Lipsync] = new(),
        [HeyGenJobKind.Video] = new(),
        [HeyGenJobKind.LegacyVideo] = new(),
        [HeyGenJobKind.VideoTranslation] = new(),
    };

    private long _sequence;
    private int _createdJobCount;
    private int _replayedWithDifferentBody;
    private int _uploadedAssetCount;

    public int PollsUntilRunning { get; set; } = 1;

    public int PollsUntilCompleted { get; set; } = 2;

    public double OutputDurationSeconds { get; set; } = 4.2;

    public int CreatedJobCount
    {
        get { lock (_lock) { return _createdJobCount; } }
    }

    // HeyGen logs a warning when a replayed key came with a different body; the emulator counts them.
    public int ReplayedWithDifferentBodyCount
    {
        get { lock (_lock) { return _replayedWithDifferentBody; } }
    }

    public int UploadedAssetCount
    {
        get { lock (_lock) { return _uploadedAssetCount; } }
    }

    public IReadOnlyList<HeyGenEmulatorJob> Jobs()
    {
        lock (_lock)
        {
            return _jobs.Select(j => j.Snapshot()).ToArray();
        }
    }

    public IReadOnlyList<HeyGenEmulatorAsset> Assets()
    {
        lock (_lock)
        {
            return _assets.Values.Select(a => a.Snapshot()).ToArray();
        }
    }

    // Runs one keyed create. As developers.heygen.com documents Idempotency-Key (create-lipsync, rotate-secret): a key
    // seen within 24 hours replays the original response "even if the request body differs slightly (a warning is
    // logged)"; scope is per endpoint and per resource, which the caller's scope string carries. The in-flight 409
    // request_in_progress cannot arise here (one lock serialises creates); tests script it with EnqueueError.
    public (int Status, JsonObject Body, bool Replayed) Idempotent(string scope, string? key, JsonNode? request, Func<(int Status, JsonObject Body)> create)
    {
        lock (_lock)
        {
            if (key is null)
            {
                var (status, body) = create();
                return (status, body, false);
            }

            var slot = scope + "\n" + key;
            if (_replays.TryGetValue(slot, out var earlier))
            {
                if (!JsonNode.DeepEquals(earlier.Request, request))
                {
                    _replayedWithDifferentBody++;
                }

                return (earlier.Status, (JsonObject)earlier.Response.DeepClone(), true);
            }

            var created = create();
            if (created.Status is >= 200 and < 300)
            {
                _replays[slot] = (request?.DeepClone(), created.Status, (JsonObject)created.Body.DeepClone());
            }

            return (created.Status, created.Body, false);
        }
    }

    public string Create(HeyGenJobKind kind, JsonObject? request, string? key, bool counted = true, string? outputLanguage = null)
    {
        lock (_lock)
        {
            var job = new JobState
            {
                Id = Guid.NewGuid().ToString("N"),
                Kind = kind,
                Sequence = _sequence++,
                CreatedAt = time.GetUtcNow(),
                Status = RunsLikeLipsync(kind) ? "pending" : "waiting",
                OutputLanguage = outputLanguage,
                IdempotencyKey = key,
                Request = request?.DeepClone() as JsonObject,
                Title = request?["title"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? request["title"]!.GetValue<string>() : null,
                CallbackId = request?["callback_id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? request["callback_id"]!.GetValue<string>() : null,
            };
            if (_nextFailures[kind].TryDequeue(out var failure))
            {
                job.Scripted = failure;
            }

            _jobs.Add(job);
            _jobsById.Add(job.Id, job);
            if (counted)
            {
                _createdJobCount++;
            }

            return job.Id;
        }
    }

    public void EnqueueFailure(HeyGenJobKind kind, string code, string message)
    {
        lock (_lock)
        {
            _nextFailures[kind].Enqueue((code, message));
        }
    }

    public HeyGenEmulatorJob SetStatus(string id, string status, string? failureCode, string? failureMessage)
    {
        lock (_lock)
        {
            var job = _jobsById.TryGetValue(id, out var found) ? found : throw new KeyNotFoundException($"No job with id '{id}'.");
            job.Frozen = true;
            job.Status = status;
            job.FailureCode = failureCode;
            job.FailureMessage = failureMessage;
            return job.Snapshot();
        }
    }

    // One status read: counts the poll, moves the state machine, renders the endpoint's JSON. Null: no such job.
    public JsonObject? Poll(string id, Func<HeyGenJobKind, bool> kindAllowed, Func<JobView, JsonObject> render)
    {
        lock (_lock)
        {
            if (!_jobsById.TryGetValue(id, out var job) || !kindAllowed(job.Kind))
            {
                return null;
            }

            job.PollCount++;
            if (!job.Frozen && job.Status is not ("completed" or "failed"))
            {
                var running = RunsLikeLipsync(job.Kind) ? "running" : "processing";
                if (job.PollCount >= PollsUntilCompleted)
                {
                    if (job.Scripted is { } failure)
                    {
                        job.Status = "failed";
                        job.FailureCode = failure.Code;
                        job.FailureMessage = failure.Message;
                    }
                    else
                    {
                        job.Status = "completed";
                        job.CompletedAt = time.GetUtcNow();
                    }
                }
                else
                {
                    job.Status = job.PollCount >= PollsUntilRunning ? running : "pending";
                }
            }

            return render(View(job));
        }
    }

    // A page of lipsyncs, newest first; the token is the sequence number of the next item. Null: bad token.
    public (JsonArray Items, string? NextToken)? Page(HeyGenJobKind kind, int limit, string? token, Func<JobView, JsonObject> render)
    {
        lock (_lock)
        {
            var ordered = _jobs.Where(j => j.Kind == kind).OrderByDescending(j => j.Sequence).ToList();
            var start = 0;
            if (token is not null)
            {
                if (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                    || (start = ordered.FindIndex(j => j.Sequence == sequence)) < 0)
                {
                    return null;
                }
            }

            var items = new JsonArray();
            foreach (var job in ordered.Skip(start).Take(limit))
            {
                items.Add(render(View(job)));
            }

            var next = start + limit < ordered.Count ? ordered[start + limit].Sequence.ToString(CultureInfo.InvariantCulture) : null;
            return (items, next);
        }
    }

    public bool IsCompleted(string id)
    {
        lock (_lock)
        {
            return _jobsById.TryGetValue(id, out var job) && job.Status == "completed";
        }
    }

    public HeyGenEmulatorAsset AddAsset(string fileName, string mimeType, long size, bool direct, bool completed)
    {
        lock (_lock)
        {
            var asset = new AssetState
            {
                AssetId = Guid.NewGuid().ToString("N"),
                FileName = fileName,
                MimeType = mimeType,
                DeclaredSize = size,
                Received = direct ? 0 : size,
                ViaDirectUpload = direct,
                Completed = completed,
            };
            _assets.Add(asset.AssetId, asset);
            if (!direct)
            {
                _uploadedAssetCount++;
            }

            return asset.Snapshot();
        }
    }

    public bool RecordUpload(string assetId, long received)
    {
        lock (_lock)
        {
            if (!_assets.TryGetValue(assetId, out var asset) || !asset.ViaDirectUpload)
            {
                return false;
            }

            asset.Received = received;
            return true;
        }
    }

    // Null: unknown asset; false: the bytes received do not match the declared size.
    public (HeyGenEmulatorAsset Asset, bool Complete)? Complete(string assetId)
    {
        lock (_lock)
        {
            if (!_assets.TryGetValue(assetId, out var asset))
            {
                return null;
            }

            if (asset.ViaDirectUpload && !asset.Completed && asset.Received == asset.DeclaredSize)
            {
                asset.Completed = true;
                _uploadedAssetCount++;
            }

            return (asset.Snapshot(), asset.Completed);
        }
    }

    public bool IsUsableAsset(string assetId)
    {
        lock (_lock)
        {
            return _assets.TryGetValue(assetId, out var asset) && asset.Completed;
        }
    }

    // Lipsyncs and video translations share a vocabulary (pending|running|completed|failed); videos use waiting/processing.
    private static bool RunsLikeLipsync(HeyGenJobKind kind) => kind is HeyGenJobKind.Lipsync or HeyGenJobKind.VideoTranslation;

    private JobView View(JobState job) => new(
        job.Id, job.Kind, job.Status, job.CreatedAt, job.CompletedAt, job.FailureCode, job.FailureMessage, job.Title, job.CallbackId,
        job.Status == "completed" ? outputUrlFor(job.Id) : null, job.Status == "completed" ? OutputDurationSeconds : null)
    {
        OutputLanguage = job.OutputLanguage,
        Request = job.Request,
    };

    internal sealed record JobView(
        string Id, HeyGenJobKind Kind, string Status, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, string? FailureCode,
        string? FailureMessage, string? Title, string? CallbackId, string? OutputUrl, double? Duration)
    {
        public string? OutputLanguage { get; init; }

        // The create body (read-only by convention: renderers copy what they show).
        public JsonObject? Request { get; init; }
    }

    private sealed class JobState
    {
        public required string Id { get; init; }

        public required HeyGenJobKind Kind { get; init; }

        public required long Sequence { get; init; }

        public required DateTimeOffset CreatedAt { get; init; }

        public required string Status { get; set; }

        public DateTimeOffset? CompletedAt { get; set; }

        public int PollCount { get; set; }

        public string? IdempotencyKey { get; init; }

        public JsonObject? Request { get; init; }

        public string? Title { get; set; }

        public string? CallbackId { get; init; }

        public string? OutputLanguage { get; init; }

        public (string Code, string Message)? Scripted { get; set; }

        public string? FailureCode { get; set; }

        public string? FailureMessage { get; set; }

        public bool Frozen { get; set; }

        public HeyGenEmulatorJob Snapshot() => new()
        {
            Id = Id,
            Kind = Kind,
            Status = Status,
            PollCount = PollCount,
            IdempotencyKey = IdempotencyKey,
            FailureCode = FailureCode,
            FailureMessage = FailureMessage,
            Request = Request?.DeepClone() as JsonObject,
        };
    }

    private sealed class AssetState
    {
        public required string AssetId { get; init; }

        public required string FileName { get; init; }

        public required string MimeType { get; init; }

        public required long DeclaredSize { get; init; }

        public long Received { get; set; }

        public bool ViaDirectUpload { get; init; }

        public bool Completed { get; set; }

        public HeyGenEmulatorAsset Snapshot() => new(AssetId, FileName, MimeType, ViaDirectUpload ? Received : DeclaredSize, ViaDirectUpload, Completed);
    }
}
