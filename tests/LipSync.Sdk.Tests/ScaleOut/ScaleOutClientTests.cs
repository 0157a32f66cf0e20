using LipSync.Sdk.Redis;
using LipSync.Sdk.ScaleOut;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.ScaleOut;

/// <summary>
/// The scale-out middleware against the Sync emulator (jobs finish on its clock and it sends signed webhooks), with the
/// webhook endpoint on one "instance" and the waiting client on another, sharing state through Redis.
/// </summary>
[Collection(RedisCollection.Name)]
[Trait("Category", "Distributed")]
public sealed class ScaleOutClientTests(RedisServerFixture redis)
{
    private static readonly TimeSpan LongGrace = TimeSpan.FromMinutes(10);   // beyond the manual clock's auto-advance: never fires

    [Fact]
    public async Task Waits_on_another_instance_wake_on_the_webhook_with_zero_polls()
    {
        await using var setup = await Setup.StartAsync(redis, emulator => emulator.JobDuration = TimeSpan.Zero);
        var client = setup.Client(o => o.WebhookGracePeriod = LongGrace);

        var jobs = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.SubmitAsync(SyncHarness.Request())));
        var done = await Task.WhenAll(jobs.Select(j => client.WaitForCompletionAsync(j.Id)));

        done.Should().OnlyContain(j => j.Status == JobStatus.Completed && j.OutputUrl != null);
        setup.Polls.Should().Be(0);
        setup.Receiver.Bus.Published.Should().Be(5);
    }

    [Fact]
    public async Task A_dropped_webhook_falls_back_to_polling_after_the_grace_period()
    {
        await using var setup = await Setup.StartAsync(redis, emulator =>
        {
            emulator.JobDuration = TimeSpan.Zero;
            emulator.Webhooks.Fault = WebhookFault.Drop;
        });
        var client = setup.Client(o => o.WebhookGracePeriod = TimeSpan.FromSeconds(30));   // auto-advanced by the manual clock

        var job = await client.SubmitAsync(SyncHarness.Request());
        var done = await client.WaitForCompletionAsync(job.Id);

        done.Status.Should().Be(JobStatus.Completed);
        setup.Polls.Should().BeGreaterThan(0);
        setup.Harness.Emulator.WebhookDeliveries.Should().ContainSingle().Which.StatusCode.Should().BeNull("the delivery was dropped");
        setup.Receiver.Bus.Published.Should().Be(0);
    }

    [Fact]
    public async Task A_duplicated_webhook_is_published_once_and_the_wait_costs_zero_polls()
    {
        await using var setup = await Setup.StartAsync(redis, emulator =>
        {
            emulator.JobDuration = TimeSpan.Zero;
            emulator.Webhooks.Fault = WebhookFault.Duplicate;
        });
        var client = setup.Client(o => o.WebhookGracePeriod = LongGrace);

        var job = await client.SubmitAsync(SyncHarness.Request());
        var done = await client.WaitForCompletionAsync(job.Id);
        await setup.Receiver.Bus.FirstDuplicate.Task.WaitAsync(TimeSpan.FromMinutes(1));

        done.Status.Should().Be(JobStatus.Completed);
        setup.Polls.Should().Be(0);
        setup.Receiver.Bus.Published.Should().Be(1);
        setup.Receiver.Bus.Duplicates.Should().Be(1);
    }

    [Fact]
    public async Task A_stale_event_arriving_after_the_terminal_one_never_moves_a_watch_backwards()
    {
        await using var setup = await Setup.StartAsync(redis, emulator =>
        {
            emulator.JobDuration = TimeSpan.Zero;
            emulator.Webhooks.Fault = WebhookFault.OutOfOrder;
        });
        setup.Receiver.Bus.PublishedWatch = count => count == 2;
        var client = setup.Client(o => o.WebhookGracePeriod = LongGrace);

        var job = await client.SubmitAsync(SyncHarness.Request());
        var statuses = await client.WatchAsync(job.Id).Select(j => j.Status).ToListAsync();
        await setup.Receiver.Bus.PublishedReached.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var again = await client.WaitForCompletionAsync(job.Id);

        // The watch may start before the terminal webhook lands (its first read can be PROCESSING); what must hold is
        // that it ends COMPLETED and never steps back, even though the stale PROCESSING event arrives after the terminal one.
        statuses.Should().EndWith(JobStatus.Completed).And.BeInAscendingOrder();
        statuses.Should().ContainSingle(s => s == JobStatus.Completed);
        again.Status.Should().Be(JobStatus.Completed, "the stored terminal state wins over the later stale PROCESSING event");
        setup.Polls.Should().Be(0);

        // The endpoint published the stale event before its 200 reached the emulator, which records a delivery after the answer.
        await Eventually.HoldsAsync(() => setup.Harness.Emulator.WebhookDeliveries.Any(d => d.IsStale), "the emulator recording the stale delivery's answer");
        setup.Harness.Emulator.WebhookDeliveries.Should().Contain(d => d.IsStale && d.StatusCode == 200);
    }

    [Fact]
    public async Task A_worker_that_dies_between_send_and_record_is_resumed_by_another_without_a_second_job()
    {
        await using var setup = await Setup.StartAsync(redis, emulator => emulator.JobDuration = TimeSpan.Zero);
        var dying = setup.Client(o =>
        {
            o.WebhookGracePeriod = LongGrace;
            o.Backend = new DiesOnRecordBackend(setup.Waiter.Backend);
        });
        var request = SyncHarness.Request(idempotencyKey: "work-item-42");

        var crash = async () => await dying.SubmitAsync(request);
        await crash.Should().ThrowAsync<SimulatedCrashException>();
        await using var restarted = await redis.ConnectAsync(setup.Options);
        var resumed = new LipSyncClientBuilder(setup.Harness.Client)
            .UseScaleOut(o =>
            {
                o.Backend = restarted.Backend;
                o.WebhookGracePeriod = LongGrace;
                o.ConcurrencyLimits["sync"] = 2;
            })
            .Build();
        var unfinished = await restarted.Backend.Journal.ListUnfinishedAsync("sync").ToListAsync();
        var job = await resumed.SubmitAsync(SyncHarness.Request(idempotencyKey: unfinished.Single().IdempotencyKey));
        var done = await resumed.WaitForCompletionAsync(job.Id);

        setup.Harness.Emulator.CreatedJobCount.Should().Be(1);
        setup.Harness.Emulator.RequestsTo("POST", "/v2/generate").Should().HaveCount(2, "the resume replayed the key and the emulator answered with the first job");
        done.Id.Should().Be(setup.Harness.Emulator.Jobs.Single().Id);
        (await restarted.Backend.Journal.FindAsync("sync", "work-item-42"))!.Status.Should().Be(JobStatus.Completed);
        (await restarted.Backend.Slots.CountAsync("sync")).Should().Be(0);
    }

    [Fact]
    public async Task The_same_key_with_a_different_request_is_refused_before_anything_is_sent()
    {
        await using var setup = await Setup.StartAsync(redis, emulator => emulator.JobDuration = TimeSpan.Zero);
        var client = setup.Client(o => o.WebhookGracePeriod = LongGrace);
        await client.SubmitAsync(SyncHarness.Request(idempotencyKey: "key-7"));

        var reuse = async () => await client.SubmitAsync(new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://assets.example.com/other.mp4"),
            Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
            IdempotencyKey = "key-7",
        });

        (await reuse.Should().ThrowAsync<LipSyncException>()).Which.Kind.Should().Be(LipSyncErrorKind.Conflict);
        setup.Harness.Emulator.RequestsTo("POST", "/v2/generate").Should().HaveCount(1);
    }

    [Fact]
    public async Task Middleware_around_scale_out_keeps_watching_the_native_client_and_the_backend()
    {
        await using var setup = await Setup.StartAsync(redis, emulator => emulator.JobDuration = TimeSpan.Zero);
        var client = new LipSyncClientBuilder(setup.Harness.Client)
            .Use(inner => new PassThrough(inner))
            .UseScaleOut(o => o.Backend = setup.Waiter.Backend)
            .Use(inner => new PassThrough(inner))
            .Build();

        client.GetService(typeof(Providers.Sync.ISyncClient)).Should().BeAssignableTo<Providers.Sync.ISyncClient>();
        client.GetService(typeof(IScaleOutBackend)).Should().BeSameAs(setup.Waiter.Backend);
        var job = await client.SubmitAsync(SyncHarness.Request());
        (await client.WatchAsync(job.Id).LastAsync()).Status.Should().Be(JobStatus.Completed);
    }

    private sealed class PassThrough(ILipSyncClient inner) : DelegatingLipSyncClient(inner);

    /// <summary>Sync emulator (webhooks to the receiver) + receiver instance + waiting instance, on one key prefix.</summary>
    internal sealed class Setup : IAsyncDisposable
    {
        private Setup(RedisScaleOutOptions options, RedisServerFixture.Connected receiverProcess, RedisServerFixture.Connected waiter, WebhookReceiverHost receiver, SyncHarness harness)
        {
            Options = options;
            ReceiverProcess = receiverProcess;
            Waiter = waiter;
            Receiver = receiver;
            Harness = harness;
        }

        public RedisScaleOutOptions Options { get; }

        public RedisServerFixture.Connected ReceiverProcess { get; }

        public RedisServerFixture.Connected Waiter { get; }

        public WebhookReceiverHost Receiver { get; }

        public SyncHarness Harness { get; }

        public int Polls => Harness.Emulator.RequestsTo("GET", "/v2/generate/").Count;

        public static async Task<Setup> StartAsync(RedisServerFixture redis, Action<SyncEmulatorOptions> emulator)
        {
            var options = new RedisScaleOutOptions { KeyPrefix = RedisServerFixture.NewPrefix() };
            var receiverProcess = await redis.ConnectAsync(options);
            var waiter = await redis.ConnectAsync(options);
            var receiver = await WebhookReceiverHost.StartAsync(receiverProcess.Backend.Updates);
            var harness = await SyncHarness.StartAsync(emulator: o =>
            {
                o.Webhooks.Url = receiver.SyncUrl;
                o.Webhooks.Secret = WebhookReceiverHost.Secret;
                emulator(o);
            });
            return new Setup(options, receiverProcess, waiter, receiver, harness);
        }

        public ILipSyncClient Client(Action<ScaleOutOptions> configure) => new LipSyncClientBuilder(Harness.Client)
            .UseScaleOut(o =>
            {
                o.Backend = Waiter.Backend;
                o.ConcurrencyLimits["sync"] = 2;
                configure(o);
            })
            .Build();

        public async ValueTask DisposeAsync()
        {
            await Harness.DisposeAsync();
            await Receiver.DisposeAsync();
            await Waiter.DisposeAsync();
            await ReceiverProcess.DisposeAsync();
        }
    }

    private sealed class SimulatedCrashException() : Exception("The worker died after the provider accepted the job, before the journal recorded it.");

    // A backend whose journal "dies" when asked to record the accepted job: the crash window the journal exists for.
    private sealed class DiesOnRecordBackend(IScaleOutBackend inner) : IScaleOutBackend
    {
        public IJobJournal Journal { get; } = new DyingJournal(inner.Journal);

        public IJobSlots Slots => inner.Slots;

        public IJobUpdateBus Updates => inner.Updates;

        public System.Threading.RateLimiting.RateLimiter CreateRateLimiter(RequestRateLimit limit) => inner.CreateRateLimiter(limit);

        private sealed class DyingJournal(IJobJournal journal) : IJobJournal
        {
            public Task<JobJournalEntry> BeginAsync(JobJournalEntry entry, CancellationToken cancellationToken = default) => journal.BeginAsync(entry, cancellationToken);

            public Task RecordAsync(string provider, string idempotencyKey, string jobId, JobStatus status, CancellationToken cancellationToken = default) =>
                throw new SimulatedCrashException();

            public Task RemoveAsync(string provider, string idempotencyKey, CancellationToken cancellationToken = default) => journal.RemoveAsync(provider, idempotencyKey, cancellationToken);

            public Task<JobJournalEntry?> FindAsync(string provider, string idempotencyKey, CancellationToken cancellationToken = default) => journal.FindAsync(provider, idempotencyKey, cancellationToken);

            public IAsyncEnumerable<JobJournalEntry> ListUnfinishedAsync(string provider, CancellationToken cancellationToken = default) => journal.ListUnfinishedAsync(provider, cancellationToken);
        }
    }
}
