using System.Net.Http;

namespace LipSync.Sdk.Tests.Resilience;

/// <summary>Creates without an idempotency key are retried only when the failure proves nothing was processed.</summary>
public sealed class RetryDeciderTests
{
    private static readonly LipSyncRetryOptions NoJitter = new() { UseJitter = false };

    private static LipSyncException Http(int status) => LipSyncErrors.FromResponse("sync", status, "{}");

    private static LipSyncException Network(HttpRequestError error) => new(
        "network", LipSyncErrorKind.Network, true, "sync", innerException: new HttpRequestException(error, "x"));

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public void Unkeyed_create_is_not_retried_after_a_server_failure(int status) =>
        RetryDecider.Decide(Http(status), RequestSafety.NotIdempotent, NoJitter, 0, null).Should().BeNull();

    [Fact]
    public void Unkeyed_create_is_retried_after_429() =>
        RetryDecider.Decide(Http(429), RequestSafety.NotIdempotent, NoJitter, 0, null).Should().Be(TimeSpan.FromSeconds(1));

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.InvalidResponse, false)]
    public void Unkeyed_create_is_retried_only_when_the_connection_never_opened(HttpRequestError error, bool retried) =>
        (RetryDecider.Decide(Network(error), RequestSafety.NotIdempotent, NoJitter, 0, null) is not null).Should().Be(retried);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_and_keyed_creates_retry_every_retryable_failure(bool keyedCreate) =>
        RetryDecider.Decide(Network(HttpRequestError.ResponseEnded), keyedCreate ? RequestSafety.IdempotencyKeyed : RequestSafety.Idempotent, NoJitter, 2, null)
            .Should().Be(TimeSpan.FromSeconds(4));

    [Fact]
    public void Jitter_stays_within_twenty_percent()
    {
        var options = new LipSyncRetryOptions();
        for (var i = 0; i < 200; i++)
        {
            RetryDecider.Decide(Http(503), RequestSafety.Idempotent, options, 1, null)!.Value.TotalMilliseconds
                .Should().BeInRange(1600, 2400);
        }
    }

    [Fact]
    public void Backoff_is_capped_by_max_delay()
    {
        var options = new LipSyncRetryOptions { UseJitter = false, MaxRetries = 20, MaxDelay = TimeSpan.FromSeconds(5) };
        RetryDecider.Decide(Http(503), RequestSafety.Idempotent, options, 10, null).Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void No_retry_beyond_max_retries() =>
        RetryDecider.Decide(Http(503), RequestSafety.Idempotent, NoJitter, 3, null).Should().BeNull();
}
