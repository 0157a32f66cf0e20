using System.Globalization;
using System.Text;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;
using static LipSync.Sdk.Tests.Webhooks.SyncWebhookTests;

namespace LipSync.Sdk.Tests.Webhooks;

/// <summary>HeyGen (heygen-chamelaion.md B8) and AudioSpliter (envelope-breeze-audiospliter.md §2.6) webhook verification.</summary>
public sealed class HeyGenAndAudioSpliterWebhookTests
{
    private const string Secret = "whsec_k7x9m2_test";
    private static readonly ManualTimeProvider Clock = new();

    private static readonly byte[] HeyGenFail = Encoding.UTF8.GetBytes(
        """{"event_type":"avatar_video.fail","event_id":"evt_1","event_data":{"video_id":"v_1","msg":"Avatar not found","callback_id":"order-7"}}""");

    private static readonly byte[] SpliterFailed = Encoding.UTF8.GetBytes(
        """{"event":"job.failed","jobId":"job_9","timestamp":"2026-01-01T00:00:00Z","data":{"error":{"code":"INVALID_AUDIO","message":"Cannot decode"}}}""");

    private readonly HeyGenWebhookVerifier _heygen = new(Secret, timeProvider: Clock);
    private readonly AudioSpliterWebhookVerifier _spliter = new(Secret, TimeSpan.FromMinutes(5), Clock);

    private static string Now => Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void HeyGen_valid_signature_is_accepted_and_parsed()
    {
        var headers = new Dictionary<string, IEnumerable<string>>
        {
            ["heygen-signature"] = [HeyGenWebhookVerifier.Sign(HeyGenFail, Secret)],
            ["Heygen-Timestamp"] = [Now],
        };

        _heygen.Verify(HeyGenFail, headers);
        var received = HeyGenWebhookEvent.Parse(HeyGenFail);

        received.EventType.Should().Be("avatar_video.fail");
        received.IsFailure.Should().BeTrue();
        received.VideoId.Should().Be("v_1");
        received.CallbackId.Should().Be("order-7");
        received.Message.Should().Be("Avatar not found");
        received.EventId.Should().Be("evt_1");
    }

    [Fact]
    public void HeyGen_legacy_signature_header_and_n8n_event_spelling_are_accepted()
    {
        var body = Encoding.UTF8.GetBytes("""{"event":"avatar_video.success","event_data":{"video_id":"v_2","url":"https://cdn.example.com/v.mp4"}}""");

        _heygen.Verify(body, new Dictionary<string, IEnumerable<string>> { ["Signature"] = ["sha256=" + HeyGenWebhookVerifier.Sign(body, Secret)] });

        HeyGenWebhookEvent.Parse(body).Url.Should().Be("https://cdn.example.com/v.mp4");
    }

    [Fact]
    public void HeyGen_tampered_body_is_rejected() =>
        Rejected(() => _heygen.Verify(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(HeyGenFail).Replace("fail", "success", StringComparison.Ordinal)),
            HeyGenWebhookVerifier.Sign(HeyGenFail, Secret), Now)).Should().Be(WebhookVerificationFailure.SignatureMismatch);

    [Fact]
    public void HeyGen_stale_timestamp_is_rejected() =>
        Rejected(() => _heygen.Verify(HeyGenFail, HeyGenWebhookVerifier.Sign(HeyGenFail, Secret),
            Clock.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)))
            .Should().Be(WebhookVerificationFailure.TimestampOutsideTolerance);

    [Theory]
    [InlineData("abc", null)]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000", null)]
    [InlineData(null, "noon")]
    public void HeyGen_malformed_signature_or_timestamp_is_rejected(string? signature, string? timestamp) =>
        Rejected(() => _heygen.Verify(HeyGenFail, signature ?? HeyGenWebhookVerifier.Sign(HeyGenFail, Secret), timestamp))
            .Should().Be(WebhookVerificationFailure.MalformedSignature);

    [Fact]
    public void HeyGen_missing_signature_is_rejected() =>
        Rejected(() => _heygen.Verify(HeyGenFail, new Dictionary<string, IEnumerable<string>>())).Should().Be(WebhookVerificationFailure.MissingSignature);

    [Fact]
    public void AudioSpliter_valid_signature_is_accepted_and_parsed()
    {
        _spliter.Verify(SpliterFailed, new Dictionary<string, IEnumerable<string>>
        {
            ["x-audiospliter-signature"] = [AudioSpliterWebhookVerifier.Sign(SpliterFailed, Secret)],
        });
        var received = AudioSpliterWebhookEvent.Parse(SpliterFailed);

        received.Event.Should().Be("job.failed");
        received.JobId.Should().Be("job_9");
        received.ErrorCode.Should().Be("INVALID_AUDIO");
        received.ErrorMessage.Should().Be("Cannot decode");
        received.Timestamp.Should().Be(Clock.GetUtcNow());
    }

    [Fact]
    public void AudioSpliter_tampered_body_is_rejected() =>
        Rejected(() => _spliter.Verify(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SpliterFailed).Replace("job_9", "job_8", StringComparison.Ordinal)),
            AudioSpliterWebhookVerifier.Sign(SpliterFailed, Secret))).Should().Be(WebhookVerificationFailure.SignatureMismatch);

    [Fact]
    public void AudioSpliter_stale_payload_timestamp_is_rejected_when_a_window_is_set()
    {
        var old = Encoding.UTF8.GetBytes("""{"event":"job.completed","jobId":"job_9","timestamp":"2025-12-31T23:50:00Z","data":{}}""");
        var signature = AudioSpliterWebhookVerifier.Sign(old, Secret);

        Rejected(() => _spliter.Verify(old, signature)).Should().Be(WebhookVerificationFailure.TimestampOutsideTolerance);
        new AudioSpliterWebhookVerifier(Secret, timeProvider: Clock).Verify(old, signature);
    }

    [Theory]
    [InlineData("deadbeef")]
    [InlineData("sha256=")]
    public void AudioSpliter_malformed_signature_is_rejected(string signature) =>
        Rejected(() => _spliter.Verify(SpliterFailed, signature)).Should().Be(WebhookVerificationFailure.MalformedSignature);

    [Fact]
    public void AudioSpliter_missing_signature_is_rejected() =>
        Rejected(() => _spliter.Verify(SpliterFailed, " ")).Should().Be(WebhookVerificationFailure.MissingSignature);
}
