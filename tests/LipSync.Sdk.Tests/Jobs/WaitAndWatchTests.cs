using LipSync.Sdk.Testing;
using Xunit.Abstractions;

namespace LipSync.Sdk.Tests.Jobs;

/// <summary>Adaptive waiting: Sync's long poll, Retry-After hints, watching status changes, rehydration, scale.</summary>
public sealed class WaitAndWatchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Wait_long_polls_and_follows_the_servers_retry_after()
    {
        await using var h = await SyncHarness.StartAsync(emulator: e => e.PollsUntilCompleted = 3);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());

        var done = await h.Client.WaitForCompletionAsync(job.Id);

        done.Status.Should().Be(JobStatus.Completed);
        h.Emulator.RequestsTo("GET", "/v2/generate/").Select(r => r.QueryString)
            .Should().Equal("?wait=true&timeout=10", "?wait=true&timeout=10", "?wait=true&timeout=10");
        h.Delays.Should().Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], "the long poll answers Retry-After: 2");
    }

    [Fact]
    public async Task A_long_poll_never_outlasts_the_wait_or_one_attempt()
    {
        // Only the 2 s poll delays fire on their own; the 12 s attempt timeout must not.
        var clock = new ManualTimeProvider(autoAdvance: true) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(5) };
        await using var h = await SyncHarness.StartAsync(o => o.AttemptTimeout = TimeSpan.FromSeconds(12), clock: clock);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());
        h.Emulator.PollsUntilCompleted = 2;

        await h.Client.WaitForCompletionAsync(job.Id);
        // The 2 s poll delays fire on their own; the 4.5 s wait budget (which caps each poll) must not.
        var shortClock = new ManualTimeProvider(autoAdvance: true) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(2) };
        await using var shortWait = await SyncHarness.StartAsync(o => o.Providers["sync"].BaseAddress = h.Emulator.BaseAddress, clock: shortClock);
        var second = await h.Client.SubmitAsync(SyncHarness.Request());
        await shortWait.Client.WaitForCompletionAsync(second.Id, new JobWaitOptions { Timeout = TimeSpan.FromSeconds(4.5) });

        var queries = h.Emulator.RequestsTo("GET", "/v2/generate/").Select(r => r.QueryString).ToList();
        queries.Take(2).Should().AllBe("?wait=true&timeout=7", "a 12 s attempt timeout leaves room for a 7 s hold");
        queries.Skip(2).First().Should().Be("?wait=true&timeout=4", "the hold is trimmed to the 4.5 s left of the wait");
    }

    [Fact]
    public async Task A_retry_after_on_a_short_poll_sets_the_next_delay()
    {
        await using var h = await SyncHarness.StartAsync(emulator: e => e.PollsUntilCompleted = 2);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());
        h.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(
            200, $$"""{"id":"{{job.Id}}","status":"PROCESSING","model":"lipsync-2","input":[]}""",
            headers: new Dictionary<string, string> { ["Retry-After"] = "7" }));

        await h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions { UseLongPolling = false });

        h.Delays.Should().Equal(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Watch_yields_each_status_change_once_and_ends_at_the_terminal_state()
    {
        await using var h = await SyncHarness.StartAsync(emulator: e =>
        {
            e.PollsUntilProcessing = 2;
            e.PollsUntilCompleted = 5;
        });
        var job = await h.Client.SubmitAsync(SyncHarness.Request());
        var reported = new List<JobStatus>();

        var seen = new List<LipSyncJob>();
        await foreach (var update in h.Client.WatchAsync(job.Id, new JobWaitOptions { Progress = new InlineProgress(j => reported.Add(j.Status)) }))
        {
            seen.Add(update);
        }

        seen.Select(j => j.Status).Should().Equal(JobStatus.Pending, JobStatus.Processing, JobStatus.Completed);
        reported.Should().Equal(JobStatus.Pending, JobStatus.Processing, JobStatus.Completed);
        seen[^1].OutputUrl.Should().NotBeNull();
        h.Emulator.RequestsTo("GET", "/v2/generate/").Should().HaveCount(5);
    }

    [Fact]
    public async Task Watch_resumes_from_a_saved_id_and_yields_a_failure_instead_of_throwing()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.FailNextJob("generation_pipeline_failed", "Pipeline broke.");
        var savedId = (await h.Client.SubmitAsync(SyncHarness.Request())).Id;

        await using var restarted = await SyncHarness.StartAsync(o => o.Providers["sync"].BaseAddress = h.Emulator.BaseAddress);
        var last = await restarted.Client.WatchAsync(savedId).LastAsync();

        last.Id.Should().Be(savedId);
        last.Status.Should().Be(JobStatus.Failed);
        last.Error!.ErrorCode.Should().Be("generation_pipeline_failed");
    }

    [Fact]
    public async Task Watch_stops_at_the_overall_timeout_and_on_cancellation()
    {
        await using var h = await SyncHarness.StartAsync(emulator: e => e.PollsUntilCompleted = int.MaxValue);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());

        var timedOut = async () => await h.Client.WatchAsync(job.Id, new JobWaitOptions { Timeout = TimeSpan.FromSeconds(9) }).LastAsync();
        (await timedOut.Should().ThrowAsync<LipSyncTimeoutException>()).Which.Kind.Should().Be(LipSyncErrorKind.Timeout);

        using var cancel = new CancellationTokenSource();
        var canceled = async () =>
        {
            await foreach (var _ in h.Client.WatchAsync(job.Id, cancellationToken: cancel.Token))
            {
                await cancel.CancelAsync();
            }
        };
        await canceled.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Five_hundred_jobs_waited_on_concurrently_through_one_client_all_complete()
    {
        const int Jobs = 500;
        const int PollsPerJob = 3;
        var clock = new ObservedClock();
        await using var h = await SyncHarness.StartAsync(
            o =>
            {
                // Only the waits' own delays run on the clock, so each round of Advance releases every waiter at once.
                o.AttemptTimeout = Timeout.InfiniteTimeSpan;
                o.TotalTimeout = Timeout.InfiniteTimeSpan;
            },
            e => e.PollsUntilCompleted = PollsPerJob,
            clock);
        var ids = await Task.WhenAll(Enumerable.Range(0, Jobs).Select(_ => h.Client.SubmitAsync(SyncHarness.Request())));
        h.Emulator.ClearRequests();
        var threadsBefore = ThreadPool.ThreadCount;
        var virtualStart = clock.GetUtcNow();
        var finished = 0;

        var waits = ids.Select(async job =>
        {
            try
            {
                // No overall deadline (beyond a timer's range): a wait's budget timer would count as a pending timer below.
                return await h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions { Timeout = TimeSpan.MaxValue });
            }
            finally
            {
                Interlocked.Increment(ref finished);
                clock.Notify();
            }
        }).ToArray();
        var rounds = 0;
        while (Volatile.Read(ref finished) < Jobs)
        {
            // Advance only once every unfinished waiter sits in its delay: the rounds are then exact.
            await clock.UntilAsync(
                () => Volatile.Read(ref finished) == Jobs || clock.PendingTimerCount == Jobs - Volatile.Read(ref finished),
                "every unfinished waiter to sit in its poll delay");
            if (Volatile.Read(ref finished) < Jobs)
            {
                clock.Advance(TimeSpan.FromSeconds(2));
                rounds++;
            }
        }

        var done = await Task.WhenAll(waits);
        var polls = h.Emulator.RequestsTo("GET", "/v2/generate/").Count;
        output.WriteLine($"{Jobs} jobs: {polls} polls, {rounds} rounds, " +
            $"virtual {(clock.GetUtcNow() - virtualStart).TotalSeconds:0} s, thread pool {threadsBefore} -> {ThreadPool.ThreadCount} threads");

        done.Should().OnlyContain(j => j.Status == JobStatus.Completed);
        done.Select(j => j.Id).Should().BeEquivalentTo(ids.Select(j => j.Id));
        polls.Should().Be(Jobs * PollsPerJob, "each job needs exactly its polls, no more");
        rounds.Should().Be(PollsPerJob - 1);
        (clock.GetUtcNow() - virtualStart).Should().Be(TimeSpan.FromSeconds(2 * (PollsPerJob - 1)));
        ThreadPool.ThreadCount.Should().BeLessThan(threadsBefore + 200, "waiting holds no thread");
    }

    private sealed class InlineProgress(Action<LipSyncJob> report) : IProgress<LipSyncJob>
    {
        public void Report(LipSyncJob value) => report(value);
    }
}
