using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Retry-After is read strictly by RFC 9110 (§10.2.3, §5.6.7): delay-seconds, IMF-fixdate and the two obsolete date
/// forms a recipient must accept, turned into a delay against the injected clock. Anything else ("12:30", a date
/// without its zone, "1.5") is no hint. Over the wire: the emulator answers 429 with the header.
/// </summary>
public sealed class RetryAfterHeaderTests
{
    // The manual clock starts at Thursday 2026-01-01T00:00:00Z.
    [Theory]
    [InlineData("120", 120)]
    [InlineData("0", 0)]
    [InlineData("Thu, 01 Jan 2026 00:00:30 GMT", 30)]
    [InlineData("Thursday, 01-Jan-26 00:00:45 GMT", 45)]
    [InlineData("Thu Jan  1 00:01:00 2026", 60)]
    [InlineData("Wed, 31 Dec 2025 23:00:00 GMT", 0)]
    [InlineData("99999999999999999999999", 86400)]
    [InlineData("12:30", null)]
    [InlineData("2026-01-01T00:00:30Z", null)]
    [InlineData("Thu, 01 Jan 2026 00:00:30", null)]
    [InlineData("1.5", null)]
    [InlineData("-5", null)]
    [InlineData("tomorrow", null)]
    public async Task A_429s_retry_after_is_read_strictly_against_the_injected_clock(string header, int? expectedSeconds)
    {
        await using var h = await SyncHarness.StartAsync(o => o.Retry.MaxRetries = 0);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(429, """{"statusCode":429,"message":"slow down"}""",
            headers: new Dictionary<string, string> { ["Retry-After"] = header }));

        var act = () => h.Native.ListModelsAsync();

        var error = (await act.Should().ThrowAsync<LipSyncRateLimitException>()).Which;
        error.RetryAfter.Should().Be(expectedSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
    }
}
