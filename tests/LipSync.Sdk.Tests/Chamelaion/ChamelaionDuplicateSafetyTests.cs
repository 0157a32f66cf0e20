using System.Net.Http;
using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Chamelaion;

/// <summary>
/// Chamelaion takes no idempotency key: a create is retried directly only when it provably was not processed, and
/// otherwise only after the job was looked up by its reference_id. Every test counts the jobs the emulator created.
/// </summary>
public sealed class ChamelaionDuplicateSafetyTests
{
    private const string GeneratePath = "/api/v1/lipsync/generate";

    public static TheoryData<string, Fault> FaultsAfterProcessing() => new()
    {
        { "dropped connection", Fault.DropConnection().AfterProcessing() },
        { "500 internal error", Fault.Respond(500, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.InternalError)).AfterProcessing() },
        { "503 from a gateway", Fault.Respond(503, "<html>Service Unavailable</html>", "text/html").AfterProcessing() },
        { "502 without a body", Fault.Respond(502, null).AfterProcessing() },
        { "truncated 200", Fault.PartialBody(200, "{\"status\":\"succ").AfterProcessing() },
    };

    public static TheoryData<string, Fault> FaultsBeforeProcessing() => new()
    {
        { "dropped connection", Fault.DropConnection() },
        { "500 internal error", Fault.Respond(500, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.InternalError)) },
        { "503 from a gateway", Fault.Respond(503, "<html>Service Unavailable</html>", "text/html") },
    };

    [Theory]
    [MemberData(nameof(FaultsAfterProcessing))]
    public async Task Lost_answer_of_a_processed_create_returns_the_job_without_a_second_create(string name, Fault fault)
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", GeneratePath, fault);

        var job = await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        h.Emulator.CreatedJobCount.Should().Be(1, $"the SDK found the job after a {name} instead of creating it again");
        h.Creates.Should().ContainSingle();
        h.Lookups.Should().ContainSingle();
        job.Id.Should().Be(h.Emulator.Jobs.Single().Id);
        job.ClientReference.Should().Be(h.Emulator.Jobs.Single().ReferenceId);
        ((GenerateResponse)job.RawRepresentation!).RecoveredByLookup.Should().BeTrue();
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1)); // the backoff before the lookup
    }

    [Theory]
    [MemberData(nameof(FaultsBeforeProcessing))]
    public async Task Failure_before_processing_is_looked_up_then_sent_again_once(string name, Fault fault)
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", GeneratePath, fault, times: 2);

        var job = await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        h.Emulator.CreatedJobCount.Should().Be(1, $"two {name} failures created nothing, the third attempt created one job");
        h.Creates.Should().HaveCount(3);
        h.Lookups.Should().HaveCount(2);
        h.Creates.Select(r => r.BodyText).Distinct().Should().ContainSingle("every attempt sends the same body and reference_id");
        job.Id.Should().Be(h.Emulator.Jobs.Single().Id);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Rate_limit_is_retried_directly_without_a_lookup()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", GeneratePath,
            Fault.Respond(429, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.RateLimitExceeded), headers: new Dictionary<string, string> { ["Retry-After"] = "5" }), times: 2);

        await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        h.Creates.Should().HaveCount(3);
        h.Lookups.Should().BeEmpty("a 429 proves the create was not processed");
        h.Emulator.CreatedJobCount.Should().Be(1);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Token_limit_is_not_retried()
    {
        await using var h = await ChamelaionHarness.StartAsync(emulator: e => e.TokenLimit = 0);

        var act = () => h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        var error = (await act.Should().ThrowAsync<LipSyncQuotaExceededException>()).Which;
        error.ErrorCode.Should().Be("token_limit_reached");
        error.StatusCode.Should().Be(412);
        error.Attempts.Should().Be(1);
        h.Lookups.Should().BeEmpty();
        h.Emulator.CreatedJobCount.Should().Be(0);
    }

    [Fact]
    public async Task Persistent_server_errors_give_up_after_the_retry_budget_without_creating()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", GeneratePath, Fault.Respond(500, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.InternalError)), times: 10);

        var act = () => h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.ErrorCode.Should().Be("internal_error");
        h.Creates.Should().HaveCount(4, "one create and three re-sends (MaxRetries = 3)");
        h.Lookups.Should().HaveCount(4, "every ambiguous failure is looked up, the last one too");
        h.Emulator.CreatedJobCount.Should().Be(0);
    }

    [Fact]
    public async Task Processed_create_after_the_last_retry_is_still_found()
    {
        await using var h = await ChamelaionHarness.StartAsync(o => o.Retry.MaxRetries = 0);
        h.Emulator.Faults.Enqueue("POST", GeneratePath, Fault.DropConnection().AfterProcessing());

        var job = await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        job.Id.Should().Be(h.Emulator.Jobs.Single().Id);
        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task Failed_lookup_reports_the_create_failure_and_does_not_send_again()
    {
        await using var h = await ChamelaionHarness.StartAsync(o => o.Retry.MaxRetries = 1);
        h.Emulator.Faults.Enqueue("POST", GeneratePath, Fault.Respond(503, null));
        h.Emulator.Faults.Enqueue("GET", "/api/v1/lipsync/requests", Fault.Respond(500, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.InternalError)), times: 5);

        var act = () => h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.StatusCode.Should().Be(503, "the create's own failure is reported");
        h.Creates.Should().ContainSingle("without knowing whether the job exists, sending again could pay twice");
    }

    [Fact]
    public async Task Reused_caller_reference_does_not_return_an_older_job()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var older = h.Emulator.AddJob("batch-2026-04");
        h.Emulator.Faults.Enqueue("POST", GeneratePath, Fault.DropConnection().AfterProcessing());

        var job = await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest("batch-2026-04"));

        h.Emulator.CreatedJobCount.Should().Be(1);
        job.Id.Should().NotBe(older.Id);
        job.Id.Should().Be(h.Emulator.Jobs.Single(j => j.Source == "generate").Id);
        h.Lookups.Should().HaveCount(2, "the baseline before the create and the lookup after the failure");
    }

    [Fact]
    public async Task Reused_caller_reference_is_sent_again_when_only_older_jobs_carry_it()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.AddJob("batch-2026-04");
        h.Emulator.Faults.Enqueue("POST", GeneratePath, Fault.Respond(500, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.InternalError)));

        await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest("batch-2026-04"));

        h.Creates.Should().HaveCount(2);
        h.Emulator.CreatedJobCount.Should().Be(1);
        h.Emulator.FindByReference("batch-2026-04").Should().HaveCount(2);
    }

    [Fact]
    public async Task Uploads_are_rebuilt_from_the_file_for_each_attempt()
    {
        await using var h = await ChamelaionHarness.StartAsync(emulator: e => e.RecordBodies = false);
        h.Emulator.Faults.Enqueue("POST", "/api/v1/lipsync/generate-with-media", Fault.Respond(503, null));
        h.Emulator.Faults.Enqueue("POST", "/api/v1/lipsync/generate-with-media", Fault.Respond(429, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.RateLimitExceeded)));
        var video = ChamelaionWireTests.TempFile("v.mp4", 200_000);
        var audio = ChamelaionWireTests.TempFile("a.wav", 50_000);
        try
        {
            await h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromFile(video), Audio = MediaSource.FromFile(audio) });

            var uploads = h.Emulator.RequestsTo("POST", "/api/v1/lipsync/generate-with-media");
            uploads.Should().HaveCount(3);
            uploads.Select(r => r.BodyLength).Distinct().Should().ContainSingle("each attempt streamed the whole files again");
            h.Emulator.CreatedJobCount.Should().Be(1);
            h.Emulator.Jobs.Single().VideoUpload!.Length.Should().Be(200_000);
        }
        finally
        {
            File.Delete(video);
            File.Delete(audio);
        }
    }

    [Fact]
    public async Task Non_seekable_upload_is_never_sent_twice_but_a_processed_job_is_still_found()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/api/v1/lipsync/generate-with-media", Fault.Respond(429, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.RateLimitExceeded)));
        h.Emulator.Faults.Enqueue("POST", "/api/v1/lipsync/generate-with-media", Fault.DropConnection().AfterProcessing());

        var rejected = () => h.Client.SubmitAsync(OneShotUpload());
        (await rejected.Should().ThrowAsync<LipSyncRateLimitException>()).Which.Attempts.Should().Be(1, "the stream cannot be read again");

        var job = await h.Client.SubmitAsync(OneShotUpload());
        job.Id.Should().Be(h.Emulator.Jobs.Single().Id);
        h.Emulator.RequestsTo("POST", "/api/v1/lipsync/generate-with-media").Should().HaveCount(2);
        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task Non_seekable_upload_that_was_not_processed_fails_without_a_resend()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/api/v1/lipsync/generate-with-media", Fault.Respond(500, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.InternalError)));

        var act = () => h.Client.SubmitAsync(OneShotUpload());

        (await act.Should().ThrowAsync<LipSyncServiceException>()).Which.ErrorCode.Should().Be("internal_error");
        h.Emulator.RequestsTo("POST", "/api/v1/lipsync/generate-with-media").Should().ContainSingle();
        h.Lookups.Should().ContainSingle("the lookup still runs, in case the job was created");
        h.Emulator.CreatedJobCount.Should().Be(0);
    }

    [Fact]
    public async Task Attempt_timeout_on_a_processed_create_is_recovered_by_lookup()
    {
        // The stalled answer is cut by the 100 s attempt timeout, on the manual clock, once the create has been processed.
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", GeneratePath, Fault.Stall().AfterProcessing());

        var submit = h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());
        await Eventually.HoldsAsync(() => h.Emulator.CreatedJobCount == 1, "the emulator to create the job before it stalls");
        h.Time.Advance(TimeSpan.FromSeconds(100));
        var job = await submit.WaitAsync(ObservedClock.HangGuard);

        job.Id.Should().Be(h.Emulator.Jobs.Single().Id);
        h.Emulator.CreatedJobCount.Should().Be(1);
        h.Creates.Should().ContainSingle();
        h.Lookups.Should().NotBeEmpty("the timed-out create was recovered by looking the job up");
    }

    [Fact]
    public void Only_failures_that_may_hide_a_job_trigger_a_lookup()
    {
        static LipSyncException Error(LipSyncErrorKind kind, int? status, Exception? inner = null) =>
            new(kind.ToString(), kind, ErrorKindRules.IsRetryableByDefault(kind), "chamelaion", status, innerException: inner);

        ChamelaionCreateRecovery.MayHaveBeenProcessed(Error(LipSyncErrorKind.ServerError, 500)).Should().BeTrue();
        ChamelaionCreateRecovery.MayHaveBeenProcessed(Error(LipSyncErrorKind.ServiceUnavailable, 503)).Should().BeTrue();
        ChamelaionCreateRecovery.MayHaveBeenProcessed(Error(LipSyncErrorKind.Timeout, null)).Should().BeTrue();
        ChamelaionCreateRecovery.MayHaveBeenProcessed(Error(LipSyncErrorKind.Network, null, new HttpRequestException(HttpRequestError.ResponseEnded, "reset"))).Should().BeTrue();
        ChamelaionCreateRecovery.MayHaveBeenProcessed(Error(LipSyncErrorKind.Network, null, new HttpRequestException(HttpRequestError.ConnectionError, "refused"))).Should().BeFalse();
        ChamelaionCreateRecovery.MayHaveBeenProcessed(Error(LipSyncErrorKind.RateLimited, 429)).Should().BeFalse();
        ChamelaionCreateRecovery.MayHaveBeenProcessed(Error(LipSyncErrorKind.QuotaExceeded, 412)).Should().BeFalse();
        ChamelaionCreateRecovery.MayHaveBeenProcessed(Error(LipSyncErrorKind.InvalidRequest, 400)).Should().BeFalse();
    }

    [Fact]
    public async Task Connection_refused_is_retried_directly_and_never_looked_up()
    {
        // A port that was just released: nothing listens, so every connect is refused before a byte is sent.
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var time = new ManualTimeProvider(autoAdvance: true) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(61) };
        var options = new LipSyncOptions();
        options.Retry.UseJitter = false;
        options.AddProvider("chamelaion", p => { p.ApiKey = ChamelaionHarness.ApiKey; p.BaseAddress = new Uri($"http://127.0.0.1:{port}/api"); });
        using var factory = new LipSyncClientFactory(options, time);

        var act = () => factory.GetClient("chamelaion").SubmitAsync(ChamelaionHarness.UrlRequest());

        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.Network);
        error.Attempts.Should().Be(4, "a refused connection carried no request, so the connection retried it itself");
        time.RecordedDelays.Where(d => d < TimeSpan.FromSeconds(90)).Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    private static LipSyncRequest OneShotUpload() => new()
    {
        Video = MediaSource.FromStream(new NonSeekableStream(new byte[5000]), "v.mp4"),
        Audio = MediaSource.FromStream(new NonSeekableStream(new byte[3000]), "a.wav"),
    };

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
