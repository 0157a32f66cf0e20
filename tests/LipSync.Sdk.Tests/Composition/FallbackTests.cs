using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Composition;

public sealed class FallbackTests
{
    [Theory]
    [InlineData(402, "account_payment_required", 1)]
    [InlineData(402, "free_tier_generations_exhausted", 1)]
    [InlineData(429, "concurrency_limit_reached", 4)] // retried three times by the SDK first, then refused
    [InlineData(401, "unauthorized", 1)]
    public async Task A_refusal_that_proves_no_job_moves_the_submit_to_the_next_provider(int status, string code, int attempts)
    {
        await using var h = await CompositionHarness.StartAsync();
        h.RefuseNextSyncCreate(status, code, attempts);
        var client = new LipSyncClientBuilder(h.SyncClient).UseFallback(h.HeyGenClient).Build();

        var job = await client.SubmitAsync(CompositionHarness.Request());

        job.Provider.Should().Be("heygen");
        h.Sync.CreatedJobCount.Should().Be(0);
        h.HeyGen.CreatedJobCount.Should().Be(1);
        h.Sync.RequestsTo("POST", "/v2/generate").Should().HaveCount(attempts);

        // Reads and waits through the same client go to the provider that took the job.
        var done = await client.WaitForCompletionAsync(job.Id);
        done.Provider.Should().Be("heygen");
        done.Status.Should().Be(JobStatus.Completed);
        h.Sync.RequestsTo("GET", "/v2/generate/").Should().BeEmpty();
        h.HeyGen.RequestsTo("GET", "/v3/lipsyncs/" + job.Id).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_failure_after_the_provider_accepted_the_job_never_falls_back(int status)
    {
        await using var h = await CompositionHarness.StartAsync();

        // The create is processed (a job exists), then every attempt's answer is lost to a server error.
        h.Sync.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(status, SyncErrorBodies.InternalServerError()).AfterProcessing(), times: 4);
        var client = new LipSyncClientBuilder(h.SyncClient).UseFallback(h.HeyGenClient).Build();

        var submit = () => client.SubmitAsync(CompositionHarness.Request());

        var failure = (await submit.Should().ThrowAsync<LipSyncException>()).Which;
        failure.Provider.Should().Be("sync");
        h.Sync.CreatedJobCount.Should().Be(1);
        h.HeyGen.CreatedJobCount.Should().Be(0);
        h.HeyGen.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_connection_dropped_after_the_request_was_sent_never_falls_back()
    {
        await using var h = await CompositionHarness.StartAsync();
        h.Sync.Faults.Enqueue("POST", "/v2/generate", Fault.DropConnection().AfterProcessing(), times: 4);
        var client = new LipSyncClientBuilder(h.SyncClient).UseFallback(h.HeyGenClient).Build();

        var submit = () => client.SubmitAsync(CompositionHarness.Request());

        var failure = (await submit.Should().ThrowAsync<LipSyncException>()).Which;
        failure.Kind.Should().Be(LipSyncErrorKind.Network);
        h.Sync.CreatedJobCount.Should().Be(1);
        h.HeyGen.CreatedJobCount.Should().Be(0);
    }

    [Fact]
    public async Task A_conflict_is_not_a_refusal()
    {
        await using var h = await CompositionHarness.StartAsync();
        h.RefuseNextSyncCreate(409, "generation_conflict");
        var client = new LipSyncClientBuilder(h.SyncClient).UseFallback(h.HeyGenClient).Build();

        var submit = () => client.SubmitAsync(CompositionHarness.Request());

        (await submit.Should().ThrowAsync<LipSyncException>()).Which.Kind.Should().Be(LipSyncErrorKind.Conflict);
        h.HeyGen.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_provider_whose_capabilities_do_not_fit_is_skipped_before_anything_is_sent()
    {
        await using var h = await CompositionHarness.StartAsync();
        var client = new LipSyncClientBuilder(h.SyncClient).UseFallback(h.HeyGenClient).Build();
        var request = new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://assets.example.com/speaker.mp4"),
            Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav").WithDuration(TimeSpan.FromSeconds(400)), // Sync: at most 300 s
        };

        var job = await client.SubmitAsync(request);

        job.Provider.Should().Be("heygen");
        h.Sync.Requests.Should().BeEmpty();
        h.HeyGen.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task When_every_provider_refuses_the_last_refusal_is_thrown_and_no_job_exists()
    {
        await using var h = await CompositionHarness.StartAsync();
        h.RefuseNextSyncCreate(402, "account_payment_required");
        h.HeyGen.Faults.Enqueue("POST", "/v3/lipsyncs", Fault.Respond(402, """{"error":{"code":"insufficient_credit","message":"no credits"}}"""));
        var client = new LipSyncClientBuilder(h.SyncClient).UseFallback(h.HeyGenClient).Build();

        var submit = () => client.SubmitAsync(CompositionHarness.Request());

        var failure = (await submit.Should().ThrowAsync<LipSyncException>()).Which;
        failure.Provider.Should().Be("heygen");
        failure.Kind.Should().Be(LipSyncErrorKind.QuotaExceeded);
        (h.Sync.CreatedJobCount + h.HeyGen.CreatedJobCount).Should().Be(0);
    }

    [Fact]
    public async Task A_job_id_from_before_a_restart_is_found_at_the_provider_that_knows_it()
    {
        await using var h = await CompositionHarness.StartAsync();
        var onHeyGen = await h.HeyGenClient.SubmitAsync(CompositionHarness.Request());
        var fresh = new LipSyncClientBuilder(h.SyncClient).UseFallback(h.HeyGenClient).Build(); // no routes remembered

        var job = await fresh.GetJobAsync(onHeyGen.Id);

        job.Provider.Should().Be("heygen");
        h.Sync.RequestsTo("GET", "/v2/generate/" + onHeyGen.Id).Should().HaveCount(1); // asked first, answered 404
    }

    [Fact]
    public void Capabilities_check_model_image_and_audio_length()
    {
        var sync = ProviderCapabilityTable.For("sync");
        var image = new LipSyncRequest { Video = MediaSource.FromUrl("https://example.com/face.png"), Audio = MediaSource.FromUrl("https://example.com/a.wav") };

        sync.CanRun(image, out var reason).Should().BeFalse();
        reason.Should().Contain("sync-3");
        sync.CanRun(new LipSyncRequest { Video = image.Video, Audio = image.Audio, Model = "sync-3" }, out _).Should().BeTrue();
        ProviderCapabilityTable.For("heygen").CanRun(image, out reason).Should().BeFalse();
        reason.Should().Contain("image");
        ProviderCapabilityTable.For("chamelaion").CanRun(new LipSyncRequest { Video = image.Video, Audio = image.Audio, Model = "lipsync-2-pro" }, out reason)
            .Should().BeFalse();
        reason.Should().Contain("lipsync-2-pro");
        ProviderCapabilityTable.For("breeze").Submit.Should().BeFalse();
    }
}
