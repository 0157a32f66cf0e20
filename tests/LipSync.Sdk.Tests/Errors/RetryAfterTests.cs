using System.Globalization;

namespace LipSync.Sdk.Tests.Errors;

public sealed class RetryAfterTests
{
    [Fact]
    public void Seconds_header()
    {
        var error = LipSyncErrors.FromResponse("sync", 429, "{}", [new("Retry-After", ["12"])]);
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(12));
    }

    [Fact]
    public void Http_date_header()
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(30).ToString("r", CultureInfo.InvariantCulture);
        var error = LipSyncErrors.FromResponse("sync", 503, "{}", [new("retry-after", [at])]);
        error.RetryAfter.Should().BeCloseTo(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Date_in_the_past_means_now()
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("r", CultureInfo.InvariantCulture);
        LipSyncErrors.FromResponse("sync", 503, "{}", [new("Retry-After", [at])]).RetryAfter.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Milliseconds_header_wins()
    {
        var error = LipSyncErrors.FromResponse("sync", 429, "{}", [new("Retry-After", ["12"]), new("retry-after-ms", ["1500"])]);
        error.RetryAfter.Should().Be(TimeSpan.FromMilliseconds(1500));
    }

    [Fact]
    public void Body_hint_when_no_header()
    {
        var error = LipSyncErrors.FromResponse("sync", 429,
            """{"statusCode":429,"errorCode":"concurrency_limit_reached","message":"busy","activeGenerations":3,"concurrencyLimit":3,"retryAfterSeconds":20}""");
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(20));
        error.Kind.Should().Be(LipSyncErrorKind.RateLimited);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("")]
    [InlineData("-5")]
    public void Unreadable_hint_is_ignored(string value) =>
        LipSyncErrors.FromResponse("sync", 429, "{}", [new("Retry-After", [value])]).RetryAfter.Should().BeNull();

    [Fact]
    public void Request_id_header_is_kept()
    {
        var error = LipSyncErrors.FromResponse("sync", 500, "{}", [new("X-Request-Id", ["req-123"])]);
        error.RequestId.Should().Be("req-123");
    }
}
