using System.Text;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.HeyGen;

namespace LipSync.Sdk.Tests.Webhooks;

/// <summary>
/// HeyGen and AudioSpliter webhook events become neutral <see cref="LipSyncJob"/> updates through the same mappers and
/// catalogues as polled jobs, so a job seen by webhook and the same job seen by polling read alike.
/// </summary>
public sealed class WebhookJobUpdateTests
{
    private const string Secret = "whsec_job_updates";

    [Fact]
    public void HeyGen_success_is_a_completed_job_with_its_output_and_reference()
    {
        var job = HeyGenEvent("""{"event_type":"avatar_video.success","event_data":{"video_id":"v_1","url":"https://cdn.example.com/v_1.mp4","callback_id":"order-7"}}""")
            .ToJob()!;

        job.Id.Should().Be("v_1");
        job.Provider.Should().Be("heygen");
        job.Status.Should().Be(JobStatus.Completed);
        job.ProviderStatus.Should().Be("avatar_video.success");
        job.OutputUrl.Should().Be(new Uri("https://cdn.example.com/v_1.mp4"));
        job.ClientReference.Should().Be("order-7");
        job.Error.Should().BeNull();
        job.RawRepresentation.Should().BeOfType<HeyGenWebhookEvent>();
    }

    [Theory]
    [InlineData("""{"event_type":"avatar_video.fail","event_data":{"video_id":"v_2","msg":"Avatar not found","callback_id":"c"}}""", null, LipSyncErrorKind.NotFound, false)]
    [InlineData("""{"event_type":"avatar_video.fail","event_data":{"video_id":"v_2","msg":"NSFW content detected"}}""", null, LipSyncErrorKind.ContentRejected, false)]
    [InlineData("""{"event_type":"video_translate.fail","event_data":{"video_translate_id":"v_2","message":"Failed to render video"}}""", null, LipSyncErrorKind.ServerError, true)]
    [InlineData("""{"event_type":"avatar_video.fail","event_data":{"video_id":"v_2","failure_code":"download_failed","msg":"Input could not be downloaded"}}""", "download_failed", LipSyncErrorKind.InvalidMedia, false)]
    [InlineData("""{"event_type":"avatar_video.fail","event_data":{"video_id":"v_2","code":40119,"msg":"Video is too long"}}""", "40119", LipSyncErrorKind.QuotaExceeded, false)]
    public void HeyGen_failure_is_a_failed_job_with_the_catalogue_cause(string body, string? code, LipSyncErrorKind cause, bool retryable)
    {
        var job = HeyGenEvent(body).ToJob()!;

        job.Id.Should().Be("v_2");
        job.Status.Should().Be(JobStatus.Failed);
        job.Error!.Cause.Should().Be(cause);
        job.Error.IsRetryable.Should().Be(retryable);
        job.Error.ErrorCode.Should().Be(code);

        // The same failure read by polling classifies identically.
        var polled = HeyGenJobMapper.ToError(code, job.Error.Message);
        job.Error.Should().Be(polled);
        new LipSyncJobFailedException(job).Kind.Should().Be(LipSyncErrorKind.GenerationFailed);
    }

    [Theory]
    [InlineData("""{"event_type":"avatar_video_gif.success","event_data":{"video_id":"v_3","url":"https://cdn.example.com/v_3.gif"}}""")]
    [InlineData("""{"event_type":"batch.finished","event_data":{"batch_id":"b_1"}}""")]
    [InlineData("""{"event_type":"avatar_video.success","event_data":{"url":"https://cdn.example.com/x.mp4"}}""")]
    public void HeyGen_events_that_do_not_end_a_job_are_no_update(string body) => HeyGenEvent(body).ToJob().Should().BeNull();

    [Fact]
    public void AudioSpliter_completed_is_a_completed_job_read_through_the_split_layout()
    {
        var job = SpliterEvent("""
            {"event":"job.completed","jobId":"job_1","timestamp":1767225600,
             "data":{"sourceDuration":600,"segments":[{"index":0,"downloadUrl":"https://cdn.example.com/job_1/0.mp3"}]}}
            """).ToJob()!;

        job.Id.Should().Be("job_1");
        job.Provider.Should().Be("audiospliter");
        job.Status.Should().Be(JobStatus.Completed);
        job.ProviderStatus.Should().Be("job.completed");
        job.ProgressPercent.Should().Be(100);
        job.Duration.Should().Be(TimeSpan.FromMinutes(10));
        job.OutputUrl.Should().Be(new Uri("https://cdn.example.com/job_1/0.mp3"));
        job.RawRepresentation.Should().BeOfType<AudioSpliterWebhookEvent>();
    }

    [Fact]
    public void AudioSpliter_progress_is_a_processing_job_with_its_percentage()
    {
        var job = SpliterEvent("""{"event":"job.progress","jobId":"job_1","timestamp":1767225600,"data":{"progress":50}}""").ToJob()!;

        job.Status.Should().Be(JobStatus.Processing);
        job.ProgressPercent.Should().Be(50);
        job.Error.Should().BeNull();
    }

    [Theory]
    [InlineData("CORRUPT_FILE", LipSyncErrorKind.InvalidMedia)]
    [InlineData("DOWNLOAD_FAILED", LipSyncErrorKind.InvalidMedia)]
    [InlineData("QUOTA_EXCEEDED", LipSyncErrorKind.QuotaExceeded)]
    [InlineData("JOB_FAILED", LipSyncErrorKind.GenerationFailed)]
    [InlineData("SOMETHING_NEW", LipSyncErrorKind.Unknown)]
    public void AudioSpliter_failed_is_a_failed_job_with_the_catalogue_cause(string code, LipSyncErrorKind cause)
    {
        var job = SpliterEvent($$$$"""{"event":"job.failed","jobId":"job_9","timestamp":1767225600,"data":{"error":{"code":"{{{{code}}}}","message":"Cannot decode"}}}""")
            .ToJob()!;

        job.Status.Should().Be(JobStatus.Failed);
        job.Error!.ErrorCode.Should().Be(code);
        job.Error.Cause.Should().Be(cause);
        job.Error.Message.Should().Be("Cannot decode");
        job.Error.IsRetryable.Should().BeFalse();
        var failure = new LipSyncJobFailedException(job);
        failure.Kind.Should().Be(LipSyncErrorKind.GenerationFailed);
        failure.Cause.Should().Be(cause);
    }

    [Theory]
    [InlineData("""{"event":"job.created","jobId":"job_1","timestamp":1767225600,"data":{}}""")]
    [InlineData("""{"event":"job.completed","timestamp":1767225600,"data":{}}""")]
    public void AudioSpliter_events_without_a_job_update_are_null(string body) => SpliterEvent(body).ToJob().Should().BeNull();

    [Fact]
    public void VerifyAndParse_rejects_a_tampered_delivery_before_parsing()
    {
        var body = Encoding.UTF8.GetBytes("""{"event_type":"avatar_video.success","event_data":{"video_id":"v_1","url":"https://cdn.example.com/v.mp4"}}""");
        var headers = new Dictionary<string, IEnumerable<string>> { ["Heygen-Signature"] = [HeyGenWebhookVerifier.Sign(body, "another-secret")] };

        var act = () => new HeyGenWebhookVerifier(Secret).VerifyAndParse(body, headers);

        act.Should().Throw<LipSyncWebhookVerificationException>().Which.Reason.Should().Be(WebhookVerificationFailure.SignatureMismatch);
    }

    private static HeyGenWebhookEvent HeyGenEvent(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var headers = new Dictionary<string, IEnumerable<string>> { ["Heygen-Signature"] = [HeyGenWebhookVerifier.Sign(body, Secret)] };
        return new HeyGenWebhookVerifier(Secret).VerifyAndParse(body, headers);
    }

    private static AudioSpliterWebhookEvent SpliterEvent(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var headers = new Dictionary<string, IEnumerable<string>> { [AudioSpliterWebhookVerifier.SignatureHeader] = [AudioSpliterWebhookVerifier.Sign(body, Secret)] };
        return new AudioSpliterWebhookVerifier(Secret).VerifyAndParse(body, headers);
    }
}
