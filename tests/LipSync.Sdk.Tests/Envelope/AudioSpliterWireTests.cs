using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>AudioSpliter's endpoints over loopback: wire format, field errors, rate limits, job lifecycle and expiring URLs.</summary>
public sealed class AudioSpliterWireTests
{
    private static CreateSplitRequest Request(int segmentDuration = 120, string? format = SplitOutputFormats.Wav) => new()
    {
        SourceUrl = "https://media.example.com/talk.mp3",
        SegmentDuration = segmentDuration,
        OutputFormat = format,
    };

    [Fact]
    public async Task Create_split_sends_the_documented_request_and_reads_the_job()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync();

        var job = await h.Native().CreateSplitAsync(Request());

        var request = h.Emulator.RequestsTo("POST", "/api/v1/splits").Single();
        request.Header("X-API-Key").Should().Be(EnvelopeHarness.AudioSpliterKey);
        request.BodyText.Should().Be("""{"sourceUrl":"https://media.example.com/talk.mp3","splitMode":"duration","segmentDuration":120,"outputFormat":"wav"}""");
        job.Id.Should().StartWith("job_");
        job.Status.Should().Be(SplitJobStatuses.Queued);
        job.CreatedAt.Should().Be(h.Time.GetUtcNow());
        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task Get_split_reports_progress_then_segments()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o => o.PollsUntilCompleted = 3);
        var created = await h.Native().CreateSplitAsync(Request(segmentDuration: 250));

        var first = await h.Native().GetSplitAsync(created.Id);
        await h.Native().GetSplitAsync(created.Id);
        var done = await h.Native().GetSplitAsync(created.Id);

        first.Status.Should().Be(SplitJobStatuses.Processing);
        first.Progress.Should().BeInRange(1, 99);
        done.Status.Should().Be(SplitJobStatuses.Completed);
        done.Segments.Select(s => s.Duration).Should().Equal(250, 250, 100);
        done.Segments.Should().OnlyContain(s => s.ExpiresAt == h.Time.GetUtcNow().AddHours(1));
        done.SourceDuration.Should().Be(600);
        h.Emulator.RequestsTo("GET", "/api/v1/splits/" + created.Id).Should().HaveCount(3);
    }

    [Fact]
    public async Task Validation_errors_carry_the_field_list()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync();

        var act = () => h.Native().CreateSplitAsync(new CreateSplitRequest { SourceUrl = "not a url", OutputFormat = "m4a" });

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.ErrorCode.Should().Be("INVALID_PARAMS");
        error.StatusCode.Should().Be(422);
        error.Attempts.Should().Be(1);
        error.FieldErrors.Select(f => f.Field).Should().Equal("sourceUrl", "segmentDuration", "outputFormat");
        error.FieldErrors[2].Message.Should().Be("Must be one of: mp3, wav, flac, ogg, aac");
        h.Emulator.CreatedJobCount.Should().Be(0);
    }

    [Theory]
    [InlineData(0, "DURATION_TOO_SHORT")]
    [InlineData(601, "DURATION_TOO_LONG")]
    public async Task Segment_duration_out_of_range_is_a_validation_error(int seconds, string code)
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync();

        var act = () => h.Native().CreateSplitAsync(Request(segmentDuration: seconds));

        (await act.Should().ThrowAsync<LipSyncValidationException>()).Which.ErrorCode.Should().Be(code);
    }

    [Fact]
    public async Task Rate_limit_headers_are_exposed_after_each_call()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o => o.RequestsPerMinute = 10);
        h.Native().LastRateLimit.Should().BeNull();

        var job = await h.Native().CreateSplitAsync(Request());
        await h.Native().GetSplitAsync(job.Id);

        var limit = h.Native().LastRateLimit!;
        limit.Limit.Should().Be(10);
        limit.Remaining.Should().Be(8);
        limit.ResetsAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(h.Time.GetUtcNow().ToUnixTimeSeconds() + 60));
    }

    [Fact]
    public async Task Body_retry_after_is_honoured_without_a_header()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync();
        var job = await h.Native().CreateSplitAsync(Request());
        h.Emulator.Faults.Enqueue("GET", "/api/v1/splits/", Fault.Respond(429, AudioSpliterErrorBodies.RateLimited(7)));

        await h.Native().GetSplitAsync(job.Id);

        h.Delays.Should().Equal(TimeSpan.FromSeconds(7));
        h.Emulator.RequestsTo("GET", "/api/v1/splits/").Should().HaveCount(2);
    }

    [Fact]
    public async Task Emulator_rate_limit_is_waited_out_and_a_create_is_retried_because_429_proves_nothing_ran()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o => o.RequestsPerMinute = 1);
        await h.Native().CreateSplitAsync(Request());

        var second = await h.Native().CreateSplitAsync(Request());

        second.Status.Should().Be(SplitJobStatuses.Queued);
        h.Emulator.CreatedJobCount.Should().Be(2);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_create_is_not_retried_on_a_5xx()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync();
        h.Emulator.Faults.Enqueue("POST", "/api/v1/splits", Fault.Respond(503, AudioSpliterErrorBodies.Create("SERVICE_UNAVAILABLE", "Temporarily down", 503)).AfterProcessing());

        var act = () => h.Native().CreateSplitAsync(Request());

        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.Attempts.Should().Be(1);
        error.IsRetryable.Should().BeTrue("the failure is transient, but the create may have run, so the SDK leaves it to the caller");
        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task Neutral_client_waits_for_a_split_job()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o => o.PollsUntilCompleted = 3);
        var created = await h.Native().CreateSplitAsync(Request(segmentDuration: 300));

        var job = await h.Client.WaitForCompletionAsync(created.Id);

        job.Status.Should().Be(JobStatus.Completed);
        job.Provider.Should().Be("audiospliter");
        job.ProviderStatus.Should().Be("completed");
        job.ProgressPercent.Should().Be(100);
        job.Duration.Should().Be(TimeSpan.FromMinutes(10));
        job.OutputUrl!.AbsolutePath.Should().Be($"/cdn/{created.Id}/0");
        (await h.Client.GetJobAsync(created.Id)).Status.Should().Be(JobStatus.Completed);
    }

    [Fact]
    public async Task Failed_split_job_throws_with_its_cause()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o => o.PollsUntilCompleted = 1);
        h.Emulator.FailNextJob("CORRUPT_FILE", "The source could not be decoded.");
        var created = await h.Native().CreateSplitAsync(Request());

        var act = () => h.Client.WaitForCompletionAsync(created.Id);

        var failure = (await act.Should().ThrowAsync<LipSyncJobFailedException>()).Which;
        failure.Cause.Should().Be(LipSyncErrorKind.InvalidMedia);
        failure.ErrorCode.Should().Be("CORRUPT_FILE");
        failure.IsRetryable.Should().BeFalse();
    }

    [Fact]
    public async Task Unknown_job_is_not_found()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync();

        var act = () => h.Client.GetJobAsync("job_missing");

        (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which.ErrorCode.Should().Be("JOB_NOT_FOUND");
    }

    [Fact]
    public async Task Segment_download_never_sends_the_key_to_the_download_host()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o =>
        {
            o.PollsUntilCompleted = 1;
            o.DownloadHost = "localhost";
        });
        var created = await h.Native().CreateSplitAsync(Request(segmentDuration: 300));
        var job = await h.Native().GetSplitAsync(created.Id);
        using var audio = new MemoryStream();

        var written = await h.Native().DownloadSegmentAsync(job.Id, job.Segments[1], audio);

        written.Should().Be(job.Segments[1].Size);
        audio.ToArray().Should().Equal(h.Emulator.GetSegmentBytes(job.Id, 1));
        var download = h.Emulator.RequestsTo("GET", "/cdn/").Single();
        download.Header("Host").Should().StartWith("localhost:");
        download.Header("X-API-Key").Should().BeNull("the key goes only to the API host, never to the signed download host");
    }

    [Fact]
    public async Task A_segment_past_its_expiry_is_refreshed_before_downloading()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o =>
        {
            o.PollsUntilCompleted = 1;
            o.SegmentUrlLifetime = TimeSpan.FromMinutes(10);
        });
        var created = await h.Native().CreateSplitAsync(Request(segmentDuration: 300));
        var job = await h.Native().GetSplitAsync(created.Id);
        h.Time.Advance(TimeSpan.FromMinutes(11));
        h.Emulator.ClearRequests();
        using var audio = new MemoryStream();

        await h.Native().DownloadSegmentAsync(job.Id, job.Segments[0], audio);

        h.Emulator.Requests.Select(r => r.Method + " " + r.Path).Should().Equal($"GET /api/v1/splits/{job.Id}", $"GET /cdn/{job.Id}/0");
        audio.ToArray().Should().Equal(h.Emulator.GetSegmentBytes(job.Id, 0));
    }

    [Fact]
    public async Task A_download_answered_download_expired_re_reads_the_job_once()
    {
        await using var h = await EnvelopeHarness.AudioSpliterAsync(o => o.PollsUntilCompleted = 1);
        var created = await h.Native().CreateSplitAsync(Request(segmentDuration: 300));
        var job = await h.Native().GetSplitAsync(created.Id);
        h.Emulator.ExpireIssuedUrls();
        h.Emulator.ClearRequests();
        using var audio = new MemoryStream();

        await h.Native().DownloadSegmentAsync(job.Id, job.Segments[0], audio);

        h.Emulator.Requests.Select(r => r.Method + " " + r.Path).Should().Equal(
            $"GET /cdn/{job.Id}/0", $"GET /api/v1/splits/{job.Id}", $"GET /cdn/{job.Id}/0");
        audio.ToArray().Should().Equal(h.Emulator.GetSegmentBytes(job.Id, 0));
    }
}
