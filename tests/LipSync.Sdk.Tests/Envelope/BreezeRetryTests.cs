using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>Breeze's Retry? column decides retries over real HTTP; 425 is waited out with Retry-After; ok:false under 200 is an error.</summary>
public sealed class BreezeRetryTests
{
    private static Dictionary<string, string> RetryAfter(string seconds) => new() { ["Retry-After"] = seconds };

    private static async Task<string> CreateJobAsync(EnvelopeHarness<BreezeEmulator> h)
    {
        var job = await h.Native().CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hello there." });
        h.Emulator.ClearRequests();
        return job.GenerationJobId;
    }

    [Theory]
    [InlineData("GENERATION_CAPACITY_EXCEEDED", 503)]
    [InlineData("UPSTREAM_GENERATION_SERVICE_ERROR", 502)]
    [InlineData("AUTH_CONFIG_MISSING", 503)]
    [InlineData("LLM_CONFIG_NOT_FOUND", 503)]
    [InlineData("STUDIO_AUDIO_EXPORT_STORAGE_UNCONFIGURED", 503)]
    public async Task Five_5xx_codes_marked_no_are_not_retried_even_on_a_read(string code, int status)
    {
        await using var h = await EnvelopeHarness.BreezeAsync();
        var id = await CreateJobAsync(h);
        h.Emulator.Faults.Enqueue("GET", "/v1/generation-jobs/", Fault.Respond(status, BreezeErrorBodies.Create(code), headers: RetryAfter("1")), times: 5);

        var act = () => h.Native().GetGenerationJobAsync(id);

        var error = (await act.Should().ThrowAsync<LipSyncException>()).Which;
        error.ErrorCode.Should().Be(code);
        error.StatusCode.Should().Be(status);
        error.IsRetryable.Should().BeFalse();
        error.Attempts.Should().Be(1);
        h.Emulator.RequestsTo("GET", "/v1/generation-jobs/").Should().HaveCount(1);
        h.Delays.Should().BeEmpty();
    }

    [Theory]
    [InlineData("GENERATION_INTERRUPTED", 503)]
    [InlineData("UPSTREAM_GENERATION_ERROR", 502)]
    [InlineData("GENERATION_TIMEOUT", 504)]
    public async Task Retryable_5xx_codes_are_retried_on_a_read(string code, int status)
    {
        await using var h = await EnvelopeHarness.BreezeAsync();
        var id = await CreateJobAsync(h);
        h.Emulator.Faults.Enqueue("GET", "/v1/generation-jobs/", Fault.Respond(status, BreezeErrorBodies.Create(code)), times: 2);

        var job = await h.Native().GetGenerationJobAsync(id);

        job.GenerationJobId.Should().Be(id);
        h.Emulator.RequestsTo("GET", "/v1/generation-jobs/").Should().HaveCount(3);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Generation_not_ready_is_waited_out_with_retry_after()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o =>
        {
            o.PollsUntilReady = 3;
            o.NotReadyRetryAfterSeconds = 4;
        });
        var id = await CreateJobAsync(h);
        using var audio = new MemoryStream();

        var written = await h.Native().DownloadAudioAsync(id, audio);

        // Two 425s (reads 1 and 2), then the audio on read 3; each wait is max(backoff, Retry-After 4 s).
        var audioRequests = h.Emulator.RequestsTo("GET", $"/v1/history/{id}/audio");
        audioRequests.Should().HaveCount(3);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4));
        written.Should().Be(audio.Length);
        audio.ToArray().Should().Equal(h.Emulator.GetAudio(id));
    }

    [Fact]
    public async Task Generation_not_ready_beyond_the_hint_cap_is_thrown_with_retry_after()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o => o.PollsUntilReady = 10);
        h.Emulator.NotReadyRetryAfterSeconds = 120;
        var id = await CreateJobAsync(h);

        var act = () => h.Native().DownloadAudioAsync(id, Stream.Null);

        var error = (await act.Should().ThrowAsync<LipSyncException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.NotReady);
        error.ErrorCode.Should().Be("GENERATION_NOT_READY");
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        error.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Ok_false_under_http_200_is_an_error_and_is_classified_by_its_code()
    {
        await using var h = await EnvelopeHarness.BreezeAsync();
        var id = await CreateJobAsync(h);
        h.Emulator.Faults.Enqueue("GET", "/v1/generation-jobs/", Fault.Respond(200, BreezeErrorBodies.Create("RESOURCE_NOT_FOUND", "No such job.")));

        var act = () => h.Native().GetGenerationJobAsync(id);

        var error = (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which;
        error.StatusCode.Should().Be(200);
        error.ErrorCode.Should().Be("RESOURCE_NOT_FOUND");
        error.Message.Should().Contain("No such job.");
        error.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Retryable_ok_false_under_http_200_is_retried()
    {
        await using var h = await EnvelopeHarness.BreezeAsync();
        var id = await CreateJobAsync(h);
        h.Emulator.Faults.Enqueue("GET", "/v1/generation-jobs/", Fault.Respond(200, BreezeErrorBodies.Create("RATE_LIMITED"), headers: RetryAfter("3")));

        var job = await h.Native().GetGenerationJobAsync(id);

        job.GenerationJobId.Should().Be(id);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Ok_false_under_200_on_the_audio_endpoint_is_an_error_not_audio()
    {
        await using var h = await EnvelopeHarness.BreezeAsync();
        var id = await CreateJobAsync(h);
        h.Emulator.Faults.Enqueue("GET", "/v1/history/", Fault.Respond(200, BreezeErrorBodies.Create("FORBIDDEN")));
        using var audio = new MemoryStream();

        var act = () => h.Native().DownloadAudioAsync(id, audio);

        (await act.Should().ThrowAsync<LipSyncAuthenticationException>()).Which.Kind.Should().Be(LipSyncErrorKind.PermissionDenied);
        audio.Length.Should().Be(0);
    }

    [Theory]
    [InlineData("""{"generation_job_id":"j1","status":"active"}""")]
    [InlineData("""{"ok":true,"generation_job_id":"j1","status":"active"}""")]
    [InlineData("""{"generation_job_id":"j1","status":"active","error":null,"code":"IGNORED_WITHOUT_OK_FALSE"}""")]
    public async Task Success_bodies_are_bare_resources_and_never_need_ok_true(string body)
    {
        await using var h = await EnvelopeHarness.BreezeAsync();
        h.Emulator.Faults.Enqueue("GET", "/v1/generation-jobs/", Fault.Respond(200, body));

        var job = await h.Native().GetGenerationJobAsync("j1");

        job.GenerationJobId.Should().Be("j1");
        job.Status.Should().Be(BreezeJobStatuses.Active);
    }

    [Fact]
    public async Task Speech_job_create_is_not_retried_on_a_retryable_5xx_but_is_on_429()
    {
        await using var h = await EnvelopeHarness.BreezeAsync();
        h.Emulator.Faults.Enqueue("POST", "/v1/text-to-speech/", Fault.Respond(503, BreezeErrorBodies.Create("GENERATION_INTERRUPTED")));
        var request = new BreezeSpeechRequest { Text = "Hi." };

        var act = () => h.Native().CreateSpeechJobAsync("voice-000", request);
        (await act.Should().ThrowAsync<LipSyncServiceException>()).Which.Attempts.Should().Be(1);

        h.Emulator.Faults.Enqueue("POST", "/v1/text-to-speech/", Fault.Respond(429, BreezeErrorBodies.Create("GENERATION_CONCURRENCY_EXCEEDED"), headers: RetryAfter("2")));
        var job = await h.Native().CreateSpeechJobAsync("voice-000", request);

        job.Status.Should().Be("active");
        h.Emulator.CreatedJobCount.Should().Be(1);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Wrong_key_is_auth_required()
    {
        await using var h = await EnvelopeHarness.BreezeAsync();
        h.Emulator.ApiKey = "brz_someone_else";

        var act = () => h.Native().GetVoicesPageAsync();

        var error = (await act.Should().ThrowAsync<LipSyncAuthenticationException>()).Which;
        error.ErrorCode.Should().Be("AUTH_REQUIRED");
        error.IsRetryable.Should().BeFalse();
        error.ToString().Should().NotContain(EnvelopeHarness.BreezeKey);
    }
}
