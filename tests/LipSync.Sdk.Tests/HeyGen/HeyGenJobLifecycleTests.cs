using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.HeyGen;

/// <summary>Submit → wait → result through the neutral client against the emulator's lip-sync state machine.</summary>
public sealed class HeyGenJobLifecycleTests
{
    [Fact]
    public async Task Submit_then_wait_completes_with_an_output()
    {
        await using var h = await HeyGenHarness.StartAsync(emulator: e => e.PollsUntilCompleted = 3);
        var seen = new List<string?>();

        var submitted = await h.Client.SubmitAsync(HeyGenHarness.Request());
        var done = await h.Client.WaitForCompletionAsync(submitted.Id, new JobWaitOptions { Progress = new SyncProgress(j => seen.Add(j.ProviderStatus)) });

        submitted.Status.Should().Be(JobStatus.Pending);
        submitted.Provider.Should().Be("heygen");
        done.Status.Should().Be(JobStatus.Completed);
        done.Id.Should().Be(submitted.Id);
        done.OutputUrl!.GetLeftPart(UriPartial.Path).Should().Be(h.Emulator.GetOutputUrl(submitted.Id));
        done.Duration.Should().Be(TimeSpan.FromSeconds(4.2));
        done.CreatedAt.Should().NotBeNull();
        done.RawRepresentation.Should().BeOfType<Lipsync>();
        seen.Should().Equal("running", "completed");
        h.Emulator.RequestsTo("GET", "/v3/lipsyncs/").Should().HaveCount(3);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Neutral_request_maps_to_the_native_body()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var request = new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://assets.example.com/speaker.mp4"),
            Audio = MediaSource.FromProviderAsset("asset-audio"),
            Model = LipsyncModes.Precision,
            WebhookUrl = new Uri("https://hooks.example.com/heygen"),
            ClientReference = "ref-7",
            ProviderOptions = new System.Text.Json.Nodes.JsonObject { ["enable_caption"] = true, ["start_time"] = 2 },
        };
        h.Emulator.Faults.Enqueue("POST", "/v3/lipsyncs", Fault.Respond(200, """{"data":{"lipsync_id":"l-1"}}"""));

        var job = await h.Client.SubmitAsync(request);

        job.Id.Should().Be("l-1");
        job.ClientReference.Should().Be("ref-7");
        h.Emulator.RequestsTo("POST", "/v3/lipsyncs").Single().BodyText.Should().Be(
            """{"video":{"type":"url","url":"https://assets.example.com/speaker.mp4"},"audio":{"type":"asset_id","asset_id":"asset-audio"},"mode":"precision","callback_url":"https://hooks.example.com/heygen","callback_id":"ref-7","start_time":2,"enable_caption":true}""");
    }

    [Fact]
    public async Task Local_media_is_uploaded_then_referenced_by_asset_id()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var request = new LipSyncRequest
        {
            Video = MediaSource.FromStream(new MemoryStream(new byte[2048]), "face.mp4"),
            Audio = MediaSource.FromStream(new MemoryStream(new byte[512]), "speech.wav"),
            IdempotencyKey = "submit-9",
        };

        var job = await h.Client.SubmitAsync(request);
        var done = await h.Client.WaitForCompletionAsync(job.Id);

        done.Status.Should().Be(JobStatus.Completed);
        h.Emulator.RequestsTo("POST", "/v3/assets").Select(r => r.Header("Idempotency-Key")).Should().Equal("submit-9:video", "submit-9:audio");
        var body = h.Emulator.RequestsTo("POST", "/v3/lipsyncs").Single().BodyJson()!;
        var assets = h.Emulator.Assets;
        body["video"]!["asset_id"]!.GetValue<string>().Should().Be(assets.Single(a => a.FileName == "face.mp4").AssetId);
        body["audio"]!["asset_id"]!.GetValue<string>().Should().Be(assets.Single(a => a.FileName == "speech.wav").AssetId);
    }

    [Theory]
    [InlineData("download_failed", "Input video could not be downloaded", LipSyncErrorKind.InvalidMedia, false)]
    [InlineData("RETRIABLE_JOB_ERROR", "Failed to generate video, please try again", LipSyncErrorKind.ServerError, true)]
    [InlineData("400168", "NSFW content detected", LipSyncErrorKind.ContentRejected, false)]
    [InlineData("insufficient_credit", "Not enough credits", LipSyncErrorKind.QuotaExceeded, false)]
    public async Task Failed_job_carries_the_catalogued_cause(string code, string message, LipSyncErrorKind cause, bool retryable)
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.FailNextJob(HeyGenJobKind.Lipsync, code, message);
        var job = await h.Client.SubmitAsync(HeyGenHarness.Request());

        var act = () => h.Client.WaitForCompletionAsync(job.Id);

        var failure = (await act.Should().ThrowAsync<LipSyncJobFailedException>()).Which;
        failure.Kind.Should().Be(LipSyncErrorKind.GenerationFailed);
        failure.Cause.Should().Be(cause);
        failure.IsRetryable.Should().Be(retryable);
        failure.ErrorCode.Should().Be(code);
        failure.Message.Should().Contain(message);
        failure.Job.Status.Should().Be(JobStatus.Failed);
        failure.Job.ProviderStatus.Should().Be("failed");
        failure.Job.Error!.Message.Should().Be(message);
    }

    [Fact]
    public async Task Failure_without_a_code_is_classified_by_its_documented_message()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var id = (await h.Client.SubmitAsync(HeyGenHarness.Request())).Id;
        h.Emulator.SetJobStatus(id, "failed", failureMessage: "Video asset not found: abc");

        var job = await h.Client.GetJobAsync(id);

        job.Error.Should().Be(new LipSyncJobError(null, "Video asset not found: abc", LipSyncErrorKind.NotFound, false));
    }

    [Fact]
    public async Task Failed_v3_video_maps_failure_code()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.FailNextJob(HeyGenJobKind.Video, "AVATAR_USAGE_NOT_PERMITTED", "Avatar usage not permitted");
        var id = (await h.Native.CreateVideoAsync(new CreateVideoRequest { AvatarId = "a", Script = "s", VoiceId = "v" })).VideoId;
        await h.Native.GetVideoAsync(id);

        var video = await h.Native.GetVideoAsync(id);

        video.FailureCode.Should().Be("AVATAR_USAGE_NOT_PERMITTED");
        HeyGenJobMapper.ToJob(video).Error!.Cause.Should().Be(LipSyncErrorKind.PermissionDenied);
    }

    [Theory]
    [InlineData("pending", JobStatus.Pending)]
    [InlineData("waiting", JobStatus.Pending)]
    [InlineData("queued", JobStatus.Pending)]
    [InlineData("running", JobStatus.Processing)]
    [InlineData("processing", JobStatus.Processing)]
    [InlineData("completed", JobStatus.Completed)]
    [InlineData("success", JobStatus.Completed)]
    [InlineData("failed", JobStatus.Failed)]
    [InlineData("FAILED", JobStatus.Failed)]
    [InlineData("cancelled", JobStatus.Canceled)]
    [InlineData("rendering_v5", JobStatus.Processing)]
    [InlineData("", JobStatus.Processing)]
    [InlineData(null, JobStatus.Processing)]
    public void Every_status_word_maps(string? status, JobStatus expected) => HeyGenJobMapper.ToStatus(status).Should().Be(expected);

    [Fact]
    public async Task Unknown_status_keeps_the_wait_going()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var id = (await h.Client.SubmitAsync(HeyGenHarness.Request())).Id;
        h.Emulator.SetJobStatus(id, "rendering_v5");

        var job = await h.Client.GetJobAsync(id);
        job.Status.Should().Be(JobStatus.Processing);
        job.ProviderStatus.Should().Be("rendering_v5");

        h.Emulator.SetJobStatus(id, "completed");
        (await h.Client.WaitForCompletionAsync(id)).Status.Should().Be(JobStatus.Completed);
    }

    [Fact]
    public async Task Neutral_list_follows_token_pages()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var ids = Enumerable.Range(0, 25).Select(_ => h.Emulator.AddJob()).ToList();

        var jobs = await h.Client.ListJobsAsync().ToListAsync();

        jobs.Select(j => j.Id).Should().Equal(Enumerable.Reverse(ids));
        jobs.Should().AllSatisfy(j => j.Provider.Should().Be("heygen"));
        h.Emulator.RequestsTo("GET", "/v3/lipsyncs").Should().HaveCount(3, "the emulator's default page is 10");
    }

    [Fact]
    public async Task Native_client_is_reachable_through_the_neutral_one()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Client.GetService(typeof(IHeyGenClient)).Should().BeSameAs(h.Native);
    }

    private sealed class SyncProgress(Action<LipSyncJob> report) : IProgress<LipSyncJob>
    {
        public void Report(LipSyncJob value) => report(value);
    }
}
