using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Chamelaion;
using LipSync.Sdk.Tests.Envelope;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.Jobs;

/// <summary>
/// <c>WatchAsync</c> and the waits of Chamelaion, HeyGen and the envelope providers: each status change is seen once
/// (on each provider's emulator), and a status response's <c>Retry-After</c> — or, for AudioSpliter, an exhausted
/// rate-limit window — sets the next poll instead of the growing interval.
/// </summary>
public sealed class ProviderWatchTests
{
    [Fact]
    public async Task Chamelaion_watch_yields_queued_processing_completed_once_each()
    {
        await using var h = await ChamelaionHarness.StartAsync(emulator: e =>
        {
            e.PollsUntilProcessing = 2;
            e.PollsUntilCompleted = 4;
        });
        var job = await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        var (seen, reported) = await WatchAsync(h.Client, job.Id);

        seen.Select(j => j.ProviderStatus).Should().Equal("queued", "processing", "completed");
        reported.Should().Equal(JobStatus.Pending, JobStatus.Processing, JobStatus.Completed);
        seen[^1].OutputUrl.Should().NotBeNull();
        h.Emulator.RequestsTo("GET", "/api/v1/lipsync/requests/").Should().HaveCount(4);
    }

    [Fact]
    public async Task HeyGen_watch_yields_pending_running_completed_once_each()
    {
        await using var h = await HeyGenHarness.StartAsync(emulator: e =>
        {
            e.PollsUntilRunning = 2;
            e.PollsUntilCompleted = 4;
        });
        var job = await h.Client.SubmitAsync(HeyGenHarness.Request());

        var (seen, reported) = await WatchAsync(h.Client, job.Id);

        seen.Select(j => j.ProviderStatus).Should().Equal("pending", "running", "completed");
        reported.Should().Equal(JobStatus.Pending, JobStatus.Processing, JobStatus.Completed);
        seen[^1].OutputUrl.Should().NotBeNull();
        h.Emulator.RequestsTo("GET", "/v3/lipsyncs/").Should().HaveCount(4);
    }

    [Fact]
    public async Task AudioSpliter_watch_yields_each_status_and_progress_change_once()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o => o.PollsUntilCompleted = 4);
        var created = await h.Native().CreateSplitAsync(new CreateSplitRequest { SourceUrl = "https://media.example.com/talk.mp3", SegmentDuration = 120 });

        var (seen, _) = await WatchAsync(h.Client, created.Id);

        seen.Select(j => j.Status).Distinct().Should().Equal(JobStatus.Processing, JobStatus.Completed);
        seen.Select(j => (j.Status, j.ProgressPercent)).Should().OnlyHaveUniqueItems("an unchanged poll is not yielded again");
        seen.Select(j => j.ProgressPercent).Should().BeInAscendingOrder();
        seen[^1].ProgressPercent.Should().Be(100);
        h.Emulator.RequestsTo("GET", "/api/v1/splits/").Should().HaveCount(4);
    }

    [Fact]
    public async Task Breeze_watch_yields_active_then_ready()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o => o.PollsUntilReady = 3);
        var created = await h.Native().CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hi." });

        var (seen, _) = await WatchAsync(h.Client, created.GenerationJobId);

        seen.Select(j => j.ProviderStatus).Should().Equal("active", "ready");
        h.Emulator.RequestsTo("GET", "/v1/generation-jobs/").Should().HaveCount(3);
    }

    [Fact]
    public async Task Chamelaion_status_retry_after_sets_the_next_poll()
    {
        await using var h = await ChamelaionHarness.StartAsync(emulator: e => e.PollsUntilCompleted = 2);
        var job = await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());
        h.Emulator.Faults.Enqueue("GET", "/api/v1/lipsync/requests/", Fault.Respond(
            200, $$"""{"id":"{{job.Id}}","status":"processing","created_at":"2026-04-07T10:00:00Z"}""", headers: RetryAfter(7)));

        await h.Client.WaitForCompletionAsync(job.Id);

        h.Delays.Should().Equal(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task HeyGen_status_retry_after_sets_the_next_poll_when_watching()
    {
        await using var h = await HeyGenHarness.StartAsync(emulator: e => e.PollsUntilCompleted = 2);
        var job = await h.Client.SubmitAsync(HeyGenHarness.Request());
        h.Emulator.Faults.Enqueue("GET", "/v3/lipsyncs/", Fault.Respond(
            200, $$$"""{"data":{"id":"{{{job.Id}}}","status":"running"}}""", headers: RetryAfter(9)));

        await foreach (var _ in h.Client.WatchAsync(job.Id))
        {
        }

        h.Delays.Should().Equal(TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Breeze_status_retry_after_sets_the_next_poll()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o => o.PollsUntilReady = 2);
        var created = await h.Native().CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hi." });
        h.Emulator.Faults.Enqueue("GET", "/v1/generation-jobs/", Fault.Respond(
            200, $$"""{"generation_job_id":"{{created.GenerationJobId}}","status":"active"}""", headers: RetryAfter(4)));

        await h.Client.WaitForCompletionAsync(created.GenerationJobId);

        h.Delays.Should().Equal(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task AudioSpliter_wait_sits_out_an_exhausted_rate_limit_window_instead_of_polling_into_a_429()
    {
        // Three requests a minute: the create and two polls use the window up; the third poll waits for its reset.
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o =>
        {
            o.RequestsPerMinute = 3;
            o.PollsUntilCompleted = 3;
        });
        var created = await h.Native().CreateSplitAsync(new CreateSplitRequest { SourceUrl = "https://media.example.com/talk.mp3", SegmentDuration = 120 });

        var done = await h.Client.WaitForCompletionAsync(created.Id);

        done.Status.Should().Be(JobStatus.Completed);
        h.Emulator.RequestsTo("GET", "/api/v1/splits/").Should().HaveCount(3, "no poll was answered 429 and retried");
        h.Delays.Should().HaveCount(2);
        h.Delays[0].Should().Be(TimeSpan.FromSeconds(1));
        h.Delays[1].Should().BeGreaterThan(TimeSpan.FromSeconds(50)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(60));
    }

    private static Dictionary<string, string> RetryAfter(int seconds) => new() { ["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static async Task<(List<LipSyncJob> Seen, List<JobStatus> Reported)> WatchAsync(ILipSyncClient client, string jobId)
    {
        var seen = new List<LipSyncJob>();
        var reported = new List<JobStatus>();
        await foreach (var update in client.WatchAsync(jobId, new JobWaitOptions { Progress = new InlineProgress(j => reported.Add(j.Status)) }))
        {
            seen.Add(update);
        }

        return (seen, reported);
    }

    private sealed class InlineProgress(Action<LipSyncJob> report) : IProgress<LipSyncJob>
    {
        public void Report(LipSyncJob value) => report(value);
    }
}
