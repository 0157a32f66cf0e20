using System.Text.Json.Nodes;
using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Chamelaion;

/// <summary>Submit → wait → result through the neutral client, failures, unknown statuses and paging.</summary>
public sealed class ChamelaionJobLifecycleTests
{
    [Fact]
    public async Task Url_sources_submit_wait_and_complete()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var progress = new List<JobStatus>();

        var submitted = await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest("dub-episode-42"));
        var done = await h.Client.WaitForCompletionAsync(submitted.Id, new JobWaitOptions { Progress = new SyncProgress(j => progress.Add(j.Status)) });

        submitted.Status.Should().Be(JobStatus.Pending);
        submitted.ClientReference.Should().Be("dub-episode-42");
        submitted.Provider.Should().Be("chamelaion");
        done.Status.Should().Be(JobStatus.Completed);
        done.ProviderStatus.Should().Be("completed");
        done.OutputUrl!.GetLeftPart(UriPartial.Path).Should().Be(h.Emulator.GetOutputUrl(submitted.Id));
        done.ClientReference.Should().Be("dub-episode-42");
        done.CreatedAt.Should().Be(h.Emulator.Jobs.Single().CreatedAt);
        done.RawRepresentation.Should().BeOfType<ChamelaionJob>();
        progress.Should().Equal(JobStatus.Processing, JobStatus.Completed);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1)); // one poll interval between the two polls
        h.Emulator.CreatedJobCount.Should().Be(1);
        h.Emulator.Jobs.Single().Source.Should().Be("generate");
    }

    [Fact]
    public async Task Local_files_are_uploaded_and_complete()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var video = ChamelaionWireTests.TempFile("talk.mp4", 64_000);
        var audio = ChamelaionWireTests.TempFile("dub.mp3", 12_345);
        try
        {
            var submitted = await h.Client.SubmitAsync(new LipSyncRequest
            {
                Video = MediaSource.FromFile(video),
                Audio = MediaSource.FromFile(audio),
                ProviderOptions = new JsonObject { ["disable_active_speaker_detection"] = true },
            });
            var done = await h.Client.WaitForCompletionAsync(submitted.Id);

            done.Status.Should().Be(JobStatus.Completed);
            var job = h.Emulator.Jobs.Single();
            job.Source.Should().Be("generate-with-media");
            job.VideoUpload!.Length.Should().Be(64_000);
            job.AudioUpload!.ContentType.Should().Be("audio/mpeg");
            job.DisableActiveSpeakerDetection.Should().BeTrue();
            job.ReferenceId.Should().StartWith("lipsync-sdk-");
            submitted.ClientReference.Should().Be(job.ReferenceId);
        }
        finally
        {
            File.Delete(video);
            File.Delete(audio);
        }
    }

    [Fact]
    public async Task Failed_job_throws_with_the_catalogued_cause()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.FailNextJob(ChamelaionErrorBodies.VideoUrlNotAccessible);

        var submitted = await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());
        var act = () => h.Client.WaitForCompletionAsync(submitted.Id);

        var failure = (await act.Should().ThrowAsync<LipSyncJobFailedException>()).Which;
        failure.Kind.Should().Be(LipSyncErrorKind.GenerationFailed);
        failure.Cause.Should().Be(LipSyncErrorKind.InvalidMedia);
        failure.ErrorCode.Should().Be("video_url_is_not_accessible");
        failure.IsRetryable.Should().BeFalse();
        failure.Job.Error!.Message.Should().Be("video URL is not accessible");
        failure.Job.ProviderStatus.Should().Be("failed");
        failure.Message.Should().Contain("video URL is not accessible");
    }

    [Fact]
    public async Task Failed_job_with_a_server_message_is_retryable_and_unknown_messages_are_kept()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var a = h.Emulator.AddJob(status: "processing");
        var b = h.Emulator.AddJob(status: "processing");
        h.Emulator.SetJobStatus(a.Id, "failed", "internal error");
        h.Emulator.SetJobStatus(b.Id, "failed", "no face found in frame 12");

        var internalError = await h.Client.GetJobAsync(a.Id);
        var unknown = await h.Client.GetJobAsync(b.Id);

        internalError.Error.Should().Be(new LipSyncJobError("internal_error", "internal error", LipSyncErrorKind.ServerError, true));
        unknown.Error.Should().Be(new LipSyncJobError(null, "no face found in frame 12", LipSyncErrorKind.Unknown, false));
    }

    [Fact]
    public async Task Unknown_statuses_are_tolerated_and_keep_the_wait_going()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Time.AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(20); // poll delays fire at once; the 30 s wait budget when the clock passes it
        var job = h.Emulator.AddJob(status: "processing");
        h.Emulator.SetJobStatus(job.Id, "rendering_v2");

        var read = await h.Client.GetJobAsync(job.Id);
        read.Status.Should().Be(JobStatus.Processing);
        read.ProviderStatus.Should().Be("rendering_v2");

        var act = () => h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions { Timeout = TimeSpan.FromSeconds(30) });
        (await act.Should().ThrowAsync<LipSyncTimeoutException>()).Which.Message.Should().Contain("rendering_v2");
    }

    [Theory]
    [InlineData("queued", JobStatus.Pending)]
    [InlineData("processing", JobStatus.Processing)]
    [InlineData("completed", JobStatus.Completed)]
    [InlineData("failed", JobStatus.Failed)]
    [InlineData("COMPLETED", JobStatus.Completed)]
    [InlineData("cancelled", JobStatus.Canceled)]
    [InlineData("something-new", JobStatus.Processing)]
    [InlineData(null, JobStatus.Processing)]
    public void Status_mapping(string? status, JobStatus expected) => ChamelaionJobMapper.ToStatus(status).Should().Be(expected);

    [Fact]
    public async Task Missing_job_is_not_found()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var act = () => h.Client.GetJobAsync("6f82a2d8-a6d4-4e8a-a0fa-e8b09823a2d8");
        var error = (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which;
        error.ErrorCode.Should().Be("lipsync_request_not_found");
        error.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Listing_pages_by_offset_until_the_total()
    {
        await using var h = await ChamelaionHarness.StartAsync(emulator: e => e.MaxPageSize = 7);
        var seeded = Enumerable.Range(0, 23).Select(i => h.Emulator.AddJob($"ref-{i % 2}")).ToList();

        var all = await h.Client.ListJobsAsync().ToListAsync();
        var filtered = await h.Native.ListRequestsAsync(new ListRequestsOptions { ReferenceId = "ref-1", Limit = 5 }).ToListAsync();

        all.Select(j => j.Id).Should().Equal(seeded.Select(j => j.Id));
        all.Should().OnlyContain(j => j.Status == JobStatus.Completed && j.Provider == "chamelaion");
        filtered.Select(j => j.Id).Should().Equal(seeded.Where((_, i) => i % 2 == 1).Select(j => j.Id));
        var queries = h.Emulator.RequestsTo("GET", "/api/v1/lipsync/requests").Select(r => r.QueryString).ToList();
        queries.Should().Equal(
            "", "?offset=7", "?offset=14", "?offset=21",
            "?limit=5&reference_id=ref-1", "?limit=5&offset=5&reference_id=ref-1", "?limit=5&offset=10&reference_id=ref-1");
    }

    [Fact]
    public async Task Mixed_or_asset_sources_webhooks_and_other_models_fail_before_sending()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var file = ChamelaionWireTests.TempFile("v.mp4", 10);
        try
        {
            var mixed = () => h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromFile(file), Audio = MediaSource.FromUrl("https://x.example/a.wav") });
            var asset = () => h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromProviderAsset("a1"), Audio = MediaSource.FromUrl("https://x.example/a.wav") });
            var webhook = () => h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromUrl("https://x.example/v.mp4"), Audio = MediaSource.FromUrl("https://x.example/a.wav"), WebhookUrl = new Uri("https://hooks.example/x") });
            var model = () => h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromUrl("https://x.example/v.mp4"), Audio = MediaSource.FromUrl("https://x.example/a.wav"), Model = "lipsync-3" });
            var option = () => h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromUrl("https://x.example/v.mp4"), Audio = MediaSource.FromUrl("https://x.example/a.wav"), ProviderOptions = new JsonObject { ["sync_mode"] = "loop" } });

            (await mixed.Should().ThrowAsync<LipSyncValidationException>()).Which.Kind.Should().Be(LipSyncErrorKind.InvalidMedia);
            (await asset.Should().ThrowAsync<LipSyncValidationException>()).Which.Message.Should().Contain("provider asset");
            (await webhook.Should().ThrowAsync<LipSyncValidationException>()).Which.Message.Should().Contain("no webhooks");
            (await model.Should().ThrowAsync<LipSyncValidationException>()).Which.ErrorCode.Should().Be("model_must_be_lipsync_2");
            (await option.Should().ThrowAsync<LipSyncValidationException>()).Which.Message.Should().Contain("sync_mode");
            h.Emulator.Requests.Should().BeEmpty();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Native_client_is_reachable_from_the_neutral_one_and_through_DI()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Client.GetService(typeof(IChamelaionClient)).Should().BeSameAs(h.Native);
        h.Client.Provider.Should().Be("chamelaion");

        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.LipSyncServiceCollectionExtensions.AddLipSyncClient(services, o =>
            o.AddProvider("chamelaion", p => { p.ApiKey = ChamelaionHarness.ApiKey; p.BaseAddress = h.Emulator.ApiBaseAddress; }));
        await using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var native = (IChamelaionClient)provider.GetService(typeof(IChamelaionClient))!;
        (await native.GetCurrentUserAsync()).Name.Should().NotBeNullOrEmpty();
    }

    private sealed class SyncProgress(Action<LipSyncJob> report) : IProgress<LipSyncJob>
    {
        public void Report(LipSyncJob value) => report(value);
    }
}
