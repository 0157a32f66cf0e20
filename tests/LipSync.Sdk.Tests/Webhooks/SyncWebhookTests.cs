using System.Text;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Webhooks;

/// <summary>Sync-Signature verification (sync.md §7) and typed events mapped to neutral job updates.</summary>
public sealed class SyncWebhookTests
{
    private const string Secret = "whsec_test_0123456789abcdef";
    private static readonly ManualTimeProvider Clock = new();

    private static readonly byte[] FailedGeneration = Encoding.UTF8.GetBytes(
        """{"id":"gen-1","createdAt":"2026-01-01T00:00:00Z","status":"FAILED","model":"lipsync-2","input":[],"error":"No face found.","error_code":"generation_input_video_invalid"}""");

    private readonly SyncWebhookVerifier _verifier = new(Secret, timeProvider: Clock);

    [Fact]
    public void A_valid_signature_over_the_raw_body_is_accepted_and_the_event_maps_to_a_neutral_job()
    {
        var header = SyncWebhookVerifier.Sign(FailedGeneration, Secret, Clock.GetUtcNow());

        var received = _verifier.VerifyAndParse(FailedGeneration, header);

        received.Kind.Should().Be(SyncWebhookEventKind.Generation);
        var job = received.ToJob()!;
        job.Id.Should().Be("gen-1");
        job.Status.Should().Be(JobStatus.Failed);
        job.Error!.ErrorCode.Should().Be("generation_input_video_invalid");
        job.Error.Cause.Should().Be(LipSyncErrorKind.InvalidMedia);
        job.Error.Message.Should().Be("No face found.");
    }

    [Fact]
    public void The_header_format_is_exactly_t_and_v1_over_timestamp_dot_body()
    {
        var t = Clock.GetUtcNow().ToUnixTimeSeconds();
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        var expected = Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{t}.").Concat(FailedGeneration).ToArray()));

        SyncWebhookVerifier.Sign(FailedGeneration, Secret, Clock.GetUtcNow()).Should().Be($"t={t},v1={expected}");
        _verifier.Verify(FailedGeneration, $"v1={expected.ToUpperInvariant()}, t={t}");
    }

    [Fact]
    public void A_signature_over_the_compact_re_serialization_is_accepted_as_a_fallback()
    {
        var pretty = Encoding.UTF8.GetBytes("{\n  \"id\": \"gen-2\",\n  \"status\": \"COMPLETED\",\n  \"outputUrl\": \"https://cdn.example.com/o.mp4?a=1&b=2\"\n}");
        var compact = Encoding.UTF8.GetBytes("""{"id":"gen-2","status":"COMPLETED","outputUrl":"https://cdn.example.com/o.mp4?a=1&b=2"}""");

        _verifier.VerifyAndParse(pretty, SyncWebhookVerifier.Sign(compact, Secret, Clock.GetUtcNow())).ToJob()!.Status.Should().Be(JobStatus.Completed);
    }

    [Fact]
    public void A_tampered_body_is_rejected()
    {
        var header = SyncWebhookVerifier.Sign(FailedGeneration, Secret, Clock.GetUtcNow());
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(FailedGeneration).Replace("FAILED", "COMPLETED", StringComparison.Ordinal));

        Rejected(() => _verifier.Verify(tampered, header)).Should().Be(WebhookVerificationFailure.SignatureMismatch);
    }

    [Fact]
    public void Another_secret_is_rejected()
    {
        var header = SyncWebhookVerifier.Sign(FailedGeneration, "whsec_other", Clock.GetUtcNow());

        Rejected(() => _verifier.Verify(FailedGeneration, header)).Should().Be(WebhookVerificationFailure.SignatureMismatch);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_timestamp_outside_five_minutes_is_rejected_as_a_replay(int offsetSeconds)
    {
        var header = SyncWebhookVerifier.Sign(FailedGeneration, Secret, Clock.GetUtcNow().AddSeconds(offsetSeconds));

        Rejected(() => _verifier.Verify(FailedGeneration, header)).Should().Be(WebhookVerificationFailure.TimestampOutsideTolerance);
        new SyncWebhookVerifier(Secret, TimeSpan.FromMinutes(10), Clock).Verify(FailedGeneration, header);
    }

    [Theory]
    [InlineData("v1=abc")]
    [InlineData("t=1767225600")]
    [InlineData("t=yesterday,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=1767225600,v1=not-hex")]
    [InlineData("garbage")]
    public void A_malformed_header_is_rejected(string header) =>
        Rejected(() => _verifier.Verify(FailedGeneration, header)).Should().Be(WebhookVerificationFailure.MalformedSignature);

    [Fact]
    public void A_missing_header_is_rejected()
    {
        Rejected(() => _verifier.Verify(FailedGeneration, (string?)null)).Should().Be(WebhookVerificationFailure.MissingSignature);
        Rejected(() => _verifier.Verify(FailedGeneration, new Dictionary<string, IEnumerable<string>> { ["X-Signature-Primary"] = ["x"] }))
            .Should().Be(WebhookVerificationFailure.MissingSignature);
    }

    [Fact]
    public void The_header_is_found_case_insensitively_in_a_header_collection()
    {
        var headers = new Dictionary<string, IEnumerable<string>>
        {
            ["sync-signature"] = [SyncWebhookVerifier.Sign(FailedGeneration, Secret, Clock.GetUtcNow())],
        };

        _verifier.Verify(FailedGeneration, headers);
    }

    [Fact]
    public void A_batch_notification_parses_with_its_camel_case_metrics()
    {
        var body = Encoding.UTF8.GetBytes(
            """{"id":"batch_abc123","status":"COMPLETED","metrics":{"totalGenerations":5,"successCount":4,"failedCount":1,"pendingCount":0},"outputUrl":"https://api.sync.so/v2/batches/batch_abc123/result","webhookUrl":"https://your-webhook-url.com/batch-webhook","createdAt":"2024-01-15T10:30:00Z","options":{}}""");

        var received = _verifier.VerifyAndParse(body, SyncWebhookVerifier.Sign(body, Secret, Clock.GetUtcNow()));

        received.Kind.Should().Be(SyncWebhookEventKind.Batch);
        received.ToJob().Should().BeNull();
        received.Batch!.Metrics!.SuccessCount.Should().Be(4);
        received.Batch.Metrics.FailedCount.Should().Be(1);
        received.Batch.CreatedAt.Should().Be(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void The_rejection_message_holds_neither_the_secret_nor_the_expected_signature()
    {
        var valid = SyncWebhookVerifier.Sign(FailedGeneration, Secret, Clock.GetUtcNow());
        var error = Assert.Throws<LipSyncWebhookVerificationException>(() => _verifier.Verify(Encoding.UTF8.GetBytes("{}"), valid));

        error.Message.Should().NotContain(Secret).And.NotContain(valid.Split("v1=")[1]);
        error.Kind.Should().Be(LipSyncErrorKind.Authentication);
        error.IsRetryable.Should().BeFalse();
    }

    internal static WebhookVerificationFailure Rejected(Action verify) => Assert.Throws<LipSyncWebhookVerificationException>(verify).Reason;
}
