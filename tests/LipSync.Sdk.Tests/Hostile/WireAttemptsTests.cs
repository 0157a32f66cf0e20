using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Defect 10: attempts are requests on the wire. A server that reads each request and closes without answering used to
/// receive several requests per reported attempt (SocketsHttpHandler resends body-less requests on its own when a
/// connection dies before the answer). Over a raw socket that counts request lines: exactly one per attempt.
/// </summary>
public sealed class WireAttemptsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_server_that_closes_without_answering_sees_one_request_per_attempt(int retries)
    {
        await using var server = new RawHttpServer([]);
        using var client = new SyncClient(
            new LipSyncProviderOptions
            {
                ApiKey = "sk-test-wire-attempts",
                BaseAddress = server.BaseAddress,
                Retry = new LipSyncRetryOptions { MaxRetries = retries, UseJitter = false },
            },
            ProviderHarness.NewClock());

        var error = (await FluentActions.Awaiting(() => client.GetGenerationAsync("job_1")).Should().ThrowAsync<LipSyncException>()).Which;

        error.Kind.Should().Be(LipSyncErrorKind.Network);
        error.Attempts.Should().Be(retries + 1);
        server.RequestLines.Should().HaveCount(retries + 1, "each attempt put exactly one request on the wire")
            .And.OnlyContain(line => line.StartsWith("GET /v2/generate/job_1 ", StringComparison.Ordinal));
    }
}
