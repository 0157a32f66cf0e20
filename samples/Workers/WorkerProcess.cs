using System.Text.Json;
using LipSync.Sdk;
using LipSync.Sdk.Redis;
using LipSync.Sdk.ScaleOut;
using LipSync.Sdk.Testing;

namespace Workers;

/// <summary>
/// One worker process: submits its share of the work items through the scale-out client (Redis-backed slots, rate
/// limits, journal and webhook-driven waits) and waits for each job. Every worker uses the same account and limits.
/// </summary>
public static class WorkerProcess
{
    public const string Verb = "worker";

    /// <summary>The line a worker prints when the provider accepted a job it has not journaled yet (--die-after-accept).</summary>
    public const string AcceptedUnrecordedLine = "accepted-unrecorded";

    public static async Task<int> RunAsync(WorkerArguments worker)
    {
        var (connection, backend) = await RedisScaleOutLipSyncClientBuilderExtensions.ConnectRedisScaleOutAsync(
            worker.Redis, new RedisScaleOutOptions { KeyPrefix = worker.KeyPrefix, SlotRetryInterval = TimeSpan.FromMilliseconds(500) });
        await using var disconnect = connection;
        using var stopRenewing = backend;
        var options = new LipSyncOptions { DefaultProvider = "sync" };
        options.AddProvider("sync", sync =>
        {
            sync.ApiKey = SyncEmulator.DefaultApiKey;
            sync.BaseAddress = worker.SyncBaseAddress;
        });
        using var factory = new LipSyncClientFactory(options);
        IScaleOutBackend shared = worker.DieAfterAccept ? new DiesAfterAcceptBackend(backend) : backend;
        using var client = new LipSyncClientBuilder(factory.GetClient("sync"))
            .UseScaleOut(scaleOut => Configure(scaleOut, shared, worker.Concurrency))
            .Build();

        // A resumed worker takes what the journal says was begun and never finished; the others take their range.
        var keys = worker.Resume
            ? await backend.Journal.ListUnfinishedAsync("sync").Select(entry => entry.IdempotencyKey).ToListAsync()
            : Enumerable.Range(worker.FirstJob, worker.JobCount).Select(WorkItemKey).ToList();
        var completed = 0;
        var failed = 0;
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (key, ct) =>
        {
            try
            {
                var job = await client.SubmitAsync(Request(key), ct);
                await client.WaitForCompletionAsync(job.Id, new JobWaitOptions { Timeout = TimeSpan.FromMinutes(5) }, ct);
                Interlocked.Increment(ref completed);
            }
            catch (LipSyncException error)
            {
                Interlocked.Increment(ref failed);
                Console.Error.WriteLine($"worker {worker.Index}: {key}: {error.Kind} {error.ErrorCode}: {error.Message}");
            }
        });

        Console.WriteLine(JsonSerializer.Serialize(new WorkerSummary(worker.Index, keys.Count, completed, failed), WorkersJson.Default.WorkerSummary));
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The same request for the same work item, so a resumed submit matches its journal fingerprint.</summary>
    public static LipSyncRequest Request(string key) => new()
    {
        Video = MediaSource.FromUrl($"https://assets.example.com/{key}/speaker.mp4"),
        Audio = MediaSource.FromUrl($"https://assets.example.com/{key}/speech.wav"),
        Model = "lipsync-2",
        IdempotencyKey = key,
    };

    public static string WorkItemKey(int index) => $"work-item-{index:D5}";

    // One account's limits, for every worker alike. The documented 60 creates/min would make the demo last minutes,
    // so the emulated account gets a faster plan; the concurrency is the emulator's plan.
    public static void Configure(ScaleOutOptions scaleOut, IScaleOutBackend backend, int concurrency)
    {
        scaleOut.Backend = backend;
        scaleOut.ConcurrencyLimits["sync"] = concurrency;
        scaleOut.RateLimits.Clear();
        scaleOut.RateLimits.Add(new RequestRateLimit("sync", RequestRateLimit.Submit, Permits: 6000, Window: TimeSpan.FromMinutes(1)));
        scaleOut.WebhookGracePeriod = TimeSpan.FromMinutes(2);
    }

    // For the crash demo: when the provider has accepted the job and the journal is about to record it, say so and
    // hang, so the orchestrator kills this process exactly in the window the journal exists for.
    private sealed class DiesAfterAcceptBackend(IScaleOutBackend inner) : IScaleOutBackend
    {
        public IJobJournal Journal { get; } = new HangingJournal(inner.Journal);

        public IJobSlots Slots => inner.Slots;

        public IJobUpdateBus Updates => inner.Updates;

        public System.Threading.RateLimiting.RateLimiter CreateRateLimiter(RequestRateLimit limit) => inner.CreateRateLimiter(limit);

        private sealed class HangingJournal(IJobJournal journal) : IJobJournal
        {
            public Task<JobJournalEntry> BeginAsync(JobJournalEntry entry, CancellationToken cancellationToken = default) => journal.BeginAsync(entry, cancellationToken);

            public async Task RecordAsync(string provider, string idempotencyKey, string jobId, JobStatus status, CancellationToken cancellationToken = default)
            {
                Console.WriteLine($"{AcceptedUnrecordedLine} {idempotencyKey} {jobId}");
                await Console.Out.FlushAsync(cancellationToken);
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            public Task RemoveAsync(string provider, string idempotencyKey, CancellationToken cancellationToken = default) => journal.RemoveAsync(provider, idempotencyKey, cancellationToken);

            public Task<JobJournalEntry?> FindAsync(string provider, string idempotencyKey, CancellationToken cancellationToken = default) => journal.FindAsync(provider, idempotencyKey, cancellationToken);

            public IAsyncEnumerable<JobJournalEntry> ListUnfinishedAsync(string provider, CancellationToken cancellationToken = default) => journal.ListUnfinishedAsync(provider, cancellationToken);
        }
    }
}

public sealed record WorkerSummary(int Worker, int Jobs, int Completed, int Failed);

[System.Text.Json.Serialization.JsonSerializable(typeof(WorkerSummary))]
internal sealed partial class WorkersJson : System.Text.Json.Serialization.JsonSerializerContext;
