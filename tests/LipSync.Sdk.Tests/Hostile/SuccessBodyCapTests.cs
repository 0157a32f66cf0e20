using System.Text;
using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Defect 4: a 2xx body is read into memory only up to 16 MiB, for every provider (it used to be unbounded for Sync and
/// Chamelaion: one 200 carrying a 256 MiB string allocated 1.5 GB). A larger body is an unexpected success response
/// (<see cref="LipSyncErrorKind.ServerError"/>), and the rest of it is never downloaded.
/// </summary>
public sealed class SuccessBodyCapTests
{
    [Fact]
    public async Task A_200_declaring_256_MiB_fails_typed_without_reading_it()
    {
        var head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 268435456\r\nConnection: close\r\n\r\n{\"id\":\"";
        await using var server = new RawHttpServer(Encoding.ASCII.GetBytes(head + new string('a', 4096)));
        using var client = NewClient(server);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var error = (await FluentActions.Awaiting(() => client.GetGenerationAsync("job_1")).Should().ThrowAsync<LipSyncException>()).Which;

        error.Kind.Should().Be(LipSyncErrorKind.ServerError);
        error.Message.Should().Contain("larger than 16 MiB");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(16L * 1024 * 1024, "the body was never buffered");
    }

    [Fact]
    public async Task A_chunked_200_past_16_MiB_fails_typed()
    {
        var head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        var chunk = new string('a', 1024 * 1024);
        var bytes = new List<byte>(Encoding.ASCII.GetBytes(head.ToString()));
        for (var i = 0; i < 17; i++)
        {
            bytes.AddRange(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n{chunk}\r\n"));
        }

        bytes.AddRange("0\r\n\r\n"u8.ToArray());
        await using var server = new RawHttpServer([.. bytes]);
        using var client = NewClient(server);

        var error = (await FluentActions.Awaiting(() => client.GetGenerationAsync("job_1")).Should().ThrowAsync<LipSyncException>()).Which;

        error.Kind.Should().Be(LipSyncErrorKind.ServerError);
        error.Message.Should().Contain("larger than 16 MiB");
    }

    private static SyncClient NewClient(RawHttpServer server) => new(
        new LipSyncProviderOptions
        {
            ApiKey = "sk-test-success-cap",
            BaseAddress = server.BaseAddress,
            Retry = new LipSyncRetryOptions { MaxRetries = 0 },
        },
        ProviderHarness.NewClock());
}
