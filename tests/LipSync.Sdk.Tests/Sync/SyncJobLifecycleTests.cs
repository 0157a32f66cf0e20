using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk.Tests.Sync;

/// <summary>Submit → poll/wait → result through the neutral client, against the emulator's state machine.</summary>
public sealed class SyncJobLifecycleTests
{
    private sealed class Recorder : IProgress<LipSyncJob>
    {
        public List<LipSyncJob> Seen { get; } = [];

        public void Report(LipSyncJob value)
        {
            lock (Seen)
            {
                Seen.Add(value);
            }
        }
    }

    [Fact]
    public async Task Submit_then_wait_completes_with_an_output()
    {
        await using var h = await SyncHarness.StartAsync(emulator: e =>
        {
            e.PollsUntilProcessing = 1;
            e.PollsUntilCompleted = 3;
        });
        var progress = new Recorder();

        var submitted = await h.Client.SubmitAsync(SyncHarness.Request());
        var done = await h.Client.WaitForCompletionAsync(submitted.Id, new JobWaitOptions { Progress = progress, UseLongPolling = false });

        done.Status.Should().Be(JobStatus.Completed);
        done.Id.Should().Be(submitted.Id);
        done.OutputUrl!.GetLeftPart(UriPartial.Path).Should().Be(h.Emulator.GetOutputUrl(submitted.Id));
        done.Duration.Should().Be(TimeSpan.FromSeconds(4.2));
        done.RawRepresentation.Should().BeOfType<Generation>();
        progress.Seen.Select(j => j.Status).Should().Equal(JobStatus.Processing, JobStatus.Completed);
        h.Emulator.RequestsTo("GET", "/v2/generate/").Should().HaveCount(3);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Wait_resumes_from_a_saved_job_id()
    {
        await using var h = await SyncHarness.StartAsync();
        var id = (await h.Client.SubmitAsync(SyncHarness.Request())).Id;

        // A different client (as after a restart) waits on the id alone.
        await using var other = await SyncHarness.StartAsync(o => o.Providers["sync"].BaseAddress = h.Emulator.BaseAddress);
        var done = await other.Client.WaitForCompletionAsync(id);

        done.Status.Should().Be(JobStatus.Completed);
    }

    [Theory]
    [InlineData("FAILED", "generation_input_video_inaccessible", LipSyncErrorKind.InvalidMedia, false)]
    [InlineData("FAILED", "generation_timeout", LipSyncErrorKind.Timeout, true)]
    [InlineData("REJECTED", "free_tier_generations_exhausted", LipSyncErrorKind.QuotaExceeded, false)]
    [InlineData("FAILED", "something_new", LipSyncErrorKind.Unknown, false)]
    public async Task Failed_job_surfaces_as_a_typed_exception(string status, string code, LipSyncErrorKind cause, bool retryable)
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.FailNextJob(code, "It did not work.", status);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());

        var act = () => h.Client.WaitForCompletionAsync(job.Id);

        var error = (await act.Should().ThrowAsync<LipSyncJobFailedException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.GenerationFailed);
        error.Cause.Should().Be(cause);
        error.ErrorCode.Should().Be(code);
        error.IsRetryable.Should().Be(retryable);
        error.Provider.Should().Be("sync");
        error.Message.Should().Contain("It did not work.").And.Contain(job.Id);
        error.Job.Status.Should().Be(JobStatus.Failed);
        error.Job.ProviderStatus.Should().Be(status);
        error.Job.Error!.Message.Should().Be("It did not work.");
    }

    [Fact]
    public async Task Get_job_reports_a_failure_without_throwing()
    {
        await using var h = await SyncHarness.StartAsync();
        var job = h.Emulator.AddJob("PROCESSING");
        h.Emulator.SetJobStatus(job.Id, "FAILED", "generation_pipeline_failed", "boom");

        var seen = await h.Client.GetJobAsync(job.Id);

        seen.Status.Should().Be(JobStatus.Failed);
        seen.Error.Should().Be(new LipSyncJobError("generation_pipeline_failed", "boom", LipSyncErrorKind.ServerError, true));
    }

    [Theory]
    [InlineData("PENDING", JobStatus.Pending)]
    [InlineData("PROCESSING", JobStatus.Processing)]
    [InlineData("COMPLETED", JobStatus.Completed)]
    [InlineData("FAILED", JobStatus.Failed)]
    [InlineData("REJECTED", JobStatus.Failed)]
    [InlineData("CANCELED", JobStatus.Canceled)]
    [InlineData("TIMED_OUT", JobStatus.Failed)]
    [InlineData("SOMETHING_NEW", JobStatus.Processing)]
    public async Task Every_status_maps_without_throwing(string status, JobStatus expected)
    {
        await using var h = await SyncHarness.StartAsync();
        var job = h.Emulator.AddJob();
        h.Emulator.SetJobStatus(job.Id, status);

        (await h.Client.GetJobAsync(job.Id)).Status.Should().Be(expected);
    }

    [Fact]
    public async Task Wait_times_out_with_a_timeout_kind()
    {
        await using var h = await SyncHarness.StartAsync(emulator: e => e.PollsUntilCompleted = int.MaxValue);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());

        var act = () => h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions { Timeout = TimeSpan.FromSeconds(20) });

        var error = (await act.Should().ThrowAsync<LipSyncTimeoutException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.Timeout);
        error.Message.Should().Contain(job.Id);
        h.Delays.Sum(d => d.TotalSeconds).Should().BeApproximately(20, 0.001, "the last wait is trimmed to the deadline");
    }

    [Fact]
    public async Task Wait_polls_with_growing_capped_intervals()
    {
        await using var h = await SyncHarness.StartAsync(emulator: e => e.PollsUntilCompleted = 8);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());

        await h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions
        {
            InitialInterval = TimeSpan.FromSeconds(2), MaxInterval = TimeSpan.FromSeconds(5), BackoffFactor = 2, UseLongPolling = false,
        });

        h.Delays.Select(d => d.TotalSeconds).Should().Equal(2, 4, 5, 5, 5, 5, 5);
    }
}
