using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Providers.Envelope;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>Breeze's endpoints as the emulator sees them, the job lifecycle through the neutral client, and streamed downloads.</summary>
public sealed class BreezeWireTests
{
    [Fact]
    public async Task Create_speech_job_sends_the_documented_request()
    {
        await using var h = await EnvelopeHarness.BreezeAsync();

        var job = await h.Native().CreateSpeechJobAsync(
            "voice-001",
            new BreezeSpeechRequest { Text = "Hello.", ModelId = "breeze-tts-2", LanguageCode = "en", VoiceSettings = new() { GuidanceScale = 2.5 } },
            outputFormat: "wav");

        var request = h.Emulator.RequestsTo("POST", "/v1/text-to-speech/voice-001").Single();
        request.QueryString.Should().Be("?delivery=async&output_format=wav");
        request.Header("xi-api-key").Should().Be(EnvelopeHarness.BreezeKey);
        request.Header("Authorization").Should().BeNull();
        request.Header("Content-Type").Should().StartWith("application/json");
        request.BodyText.Should().Be("""{"text":"Hello.","model_id":"breeze-tts-2","language_code":"en","voice_settings":{"guidance_scale":2.5}}""");
        job.Status.Should().Be(BreezeJobStatuses.Active);
        job.HistoryItemId.Should().Be(job.GenerationJobId);
        job.VoiceId.Should().Be("voice-001");
        job.ContentType.Should().Be("audio/wav");
    }

    [Fact]
    public async Task Get_generation_job_reads_the_documented_fields()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o => o.PollsUntilReady = 1);
        var created = await h.Native().CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hi." });

        var job = await h.Native().GetGenerationJobAsync(created.GenerationJobId);

        h.Emulator.RequestsTo("GET", "/v1/generation-jobs/" + created.GenerationJobId).Should().ContainSingle();
        job.Status.Should().Be(BreezeJobStatuses.Ready);
        new Uri(job.DownloadUrl!).AbsolutePath.Should().EndWith($"/v1/history/{job.GenerationJobId}/audio");
        job.DateUnix.Should().Be(h.Time.GetUtcNow().ToUnixTimeSeconds());
        job.Error.Should().BeNull();
    }

    [Fact]
    public async Task Neutral_client_waits_for_a_speech_job()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o => o.PollsUntilReady = 3);
        var created = await h.Native().CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hi." });
        var seen = new List<JobStatus>();

        var job = await h.Client.WaitForCompletionAsync(created.GenerationJobId, new JobWaitOptions { Progress = new SyncProgress(j => seen.Add(j.Status)) });

        job.Status.Should().Be(JobStatus.Completed);
        job.Provider.Should().Be("breeze");
        job.ProviderStatus.Should().Be("ready");
        job.OutputUrl!.AbsolutePath.Should().Be($"/v1/history/{created.GenerationJobId}/audio");
        job.CreatedAt.Should().Be(h.Time.GetUtcNow() - TimeSpan.FromSeconds(2.5));
        seen.Should().Equal(JobStatus.Processing, JobStatus.Completed);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Failed_speech_job_maps_its_error_through_the_catalogue()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o => o.PollsUntilReady = 1);
        h.Emulator.FailNextJob("GENERATION_TIMEOUT", "The generation took too long.");
        var created = await h.Native().CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hi." });

        var act = () => h.Client.WaitForCompletionAsync(created.GenerationJobId);

        var failure = (await act.Should().ThrowAsync<LipSyncJobFailedException>()).Which;
        failure.Cause.Should().Be(LipSyncErrorKind.Timeout);
        failure.IsRetryable.Should().BeTrue();
        failure.ErrorCode.Should().Be("GENERATION_TIMEOUT");
        failure.Job.Error!.Message.Should().Be("The generation took too long.");
        (await h.Native().GetGenerationJobAsync(created.GenerationJobId)).Error!.Code.Should().Be("GENERATION_TIMEOUT");
    }

    [Fact]
    public async Task Get_job_of_an_unknown_id_is_not_found()
    {
        await using var h = await EnvelopeHarness.BreezeAsync();

        var act = () => h.Client.GetJobAsync("missing");

        (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which.ErrorCode.Should().Be("RESOURCE_NOT_FOUND");
    }

    [Fact]
    public async Task Audio_is_streamed_in_chunks_to_the_destination()
    {
        const int length = 3 * 1024 * 1024;
        await using var h = await EnvelopeHarness.BreezeAsync(o =>
        {
            o.PollsUntilReady = 1;
            o.AudioLength = length;
        });
        var created = await h.Native().CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hi." });
        using var destination = new WriteCountingStream();

        var written = await h.Native().DownloadAudioAsync(created.GenerationJobId, destination);

        written.Should().Be(length);
        destination.Length.Should().Be(length);
        destination.LargestWrite.Should().BeLessThanOrEqualTo(81920, "the body is copied through a fixed buffer, never read whole");
        destination.Writes.Should().BeGreaterThan(length / 81920);
        destination.ToArray().Should().Equal(h.Emulator.GetAudio(created.GenerationJobId));
    }

    [Fact]
    public async Task Audio_downloads_to_a_file()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o => o.PollsUntilReady = 1);
        var created = await h.Native().CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hi." });
        var path = Path.Combine(Path.GetTempPath(), $"breeze-{Guid.NewGuid():N}.mp3");
        try
        {
            var written = await h.Native().DownloadAudioToFileAsync(created.GenerationJobId, path);

            written.Should().Be(new FileInfo(path).Length);
            (await File.ReadAllBytesAsync(path)).Should().Equal(h.Emulator.GetAudio(created.GenerationJobId));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_download_cut_mid_body_resumes_from_the_first_missing_byte_with_the_key()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o => o.PollsUntilReady = 1);
        var created = await h.Native().CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hi." });
        var expected = h.Emulator.GetAudio(created.GenerationJobId);
        h.Emulator.Faults.Enqueue("GET", "/v1/history/", Fault.ResetMidBody(expected.Length / 2));
        using var destination = new MemoryStream();

        await h.Native().DownloadAudioAsync(created.GenerationJobId, destination);

        var requests = h.Emulator.RequestsTo("GET", "/v1/history/");
        requests.Should().HaveCount(2);
        requests[1].Header("Range").Should().Be($"bytes={expected.Length / 2}-");
        requests[1].Header("If-Range").Should().NotBeNullOrEmpty();
        requests.Should().OnlyContain(r => r.Header("xi-api-key") != null);
        destination.ToArray().Should().Equal(expected);
    }

    [Fact]
    public async Task Voices_are_listed_across_token_pages()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o => o.VoiceCount = 7);

        var voices = await h.Native().ListVoicesAsync(new BreezeVoiceQuery { PageSize = 3, Category = "premade" }).ToListAsync();

        voices.Select(v => v.VoiceId).Should().Equal(Enumerable.Range(0, 7).Select(i => $"voice-{i:000}"));
        h.Emulator.RequestsTo("GET", "/v1/voices").Select(r => r.QueryString).Should().Equal(
            "?page_size=3&category=premade",
            "?page_size=3&next_page_token=off-3&category=premade",
            "?page_size=3&next_page_token=off-6&category=premade");
    }

    [Fact]
    public async Task Voices_page_reads_has_more_and_total()
    {
        await using var h = await EnvelopeHarness.BreezeAsync(o => o.VoiceCount = 4);

        var page = await h.Native().GetVoicesPageAsync(new BreezeVoiceQuery { PageSize = 2, Page = 2 });

        page.Voices.Select(v => v.VoiceId).Should().Equal("voice-002", "voice-003");
        page.HasMore.Should().BeFalse();
        page.TotalCount.Should().Be(4);
        page.NextPageToken.Should().BeNull();
    }

    [Fact]
    public async Task Submitting_a_lip_sync_request_is_not_supported_and_says_why()
    {
        await using var h = await EnvelopeHarness.BreezeAsync();

        var act = () => h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromUrl("https://x.example/v.mp4"), Audio = MediaSource.FromUrl("https://x.example/a.wav") });

        (await act.Should().ThrowAsync<NotSupportedException>()).Which.Message.Should().Contain("not a lip-sync provider");
        h.Client.GetService(typeof(IBreezeClient)).Should().BeSameAs(h.Native());
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Envelope_paths_and_queries_reach_the_wire_as_written()
    {
        await using var h = await EnvelopeHarness.BreezeAsync();
        var envelope = ((IEnvelopeNativeClient)h.Native()).Envelope;

        // A caller's path: its escapes and query are sent as written, neither decoded nor escaped again.
        await envelope.GetJsonAsync("/v1/voices?search=a%20b%2Fc%3Fd&category=premade");
        h.Emulator.Requests[^1].QueryString.Should().Be("?search=a%20b%2Fc%3Fd&category=premade");

        // A job id in the profile's path template is one escaped segment: '?' does not start a query, '/' is no separator.
        var read = () => envelope.GetJobAsync("job 1?x/y", CancellationToken.None);
        await read.Should().ThrowAsync<LipSyncNotFoundException>();
        var request = h.Emulator.Requests[^1];
        request.Path.Should().Be("/v1/generation-jobs/job 1?x%2Fy", "the server decodes every escape but %2F, once");
        request.QueryString.Should().BeEmpty();

        var unsupported = () => envelope.SendJsonAsync(HttpMethod.Head, "/v1/voices", body: null, isIdempotent: true);
        await unsupported.Should().ThrowAsync<NotSupportedException>();
        h.Emulator.Requests.Should().HaveCount(2, "an unsupported method is refused before anything is sent");
    }

    [Fact]
    public async Task A_bearer_variant_of_the_profile_sends_authorization_bearer()
    {
        await using var emulator = await BreezeEmulator.StartAsync(new BreezeEmulatorOptions { ApiKey = EnvelopeHarness.BreezeKey });
        var profile = BreezeProfile.Create(useBearer: true);
        profile.Name = "breeze-bearer";
        var options = new LipSyncOptions();
        options.AddProvider("breeze-bearer", p =>
        {
            p.ApiKey = EnvelopeHarness.BreezeKey;
            p.BaseAddress = emulator.BaseAddress;
        });
        using var factory = new LipSyncClientFactory(options, [profile]);

        var voices = await factory.GetNativeClient<IEnvelopeClient>("breeze-bearer").GetJsonAsync("/v1/voices");

        voices["voices"]!.AsArray().Should().HaveCount(5);
        var request = emulator.Requests.Single();
        request.Header("Authorization").Should().Be("Bearer " + EnvelopeHarness.BreezeKey);
        request.Header("xi-api-key").Should().BeNull();
    }

    private sealed class SyncProgress(Action<LipSyncJob> report) : IProgress<LipSyncJob>
    {
        public void Report(LipSyncJob value) => report(value);
    }
}
