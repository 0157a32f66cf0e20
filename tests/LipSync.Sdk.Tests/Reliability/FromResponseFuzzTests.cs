using System.Diagnostics;

namespace LipSync.Sdk.Tests.Reliability;

/// <summary>
/// Whatever a provider sends, <see cref="LipSyncErrors.FromResponse"/> returns a <see cref="LipSyncException"/> — never
/// another exception — quickly. The suite runs a small count per provider; for the long run:
/// <c>LIPSYNC_FUZZ_CASES=100000 dotnet test --filter "FullyQualifiedName~FromResponseFuzzTests"</c>.
/// </summary>
public sealed class FromResponseFuzzTests
{
    private static readonly string[] SeedBodies =
    [
        """{"statusCode":429,"errorCode":"rate_limit_exceeded","message":"Rate limit exceeded.","error":"Too Many Requests"}""",
        """{"statusCode":400,"message":["input.0.url must be a URL address"],"error":"Bad Request"}""",
        """{"code":400140,"message":"Invalid parameter"}""",
        """{"data":null,"error":{"code":"RETRIABLE_JOB_ERROR","message":"try again"}}""",
        """{"error":{"code":"invalid_parameter","message":"bad","param":"video_url","doc_url":"https://docs"}}""",
        """{"ok":false,"code":"GENERATION_NOT_READY","detail":"not yet","error":"not ready"}""",
        """{"error":{"code":"VALIDATION_ERROR","message":"bad","status":400,"details":{"fields":[{"field":"sourceUrl","message":"required"}]}}}""",
        """{"error":"token limit reached"}""",
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
    ];

    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string>();
        foreach (var provider in LipSyncErrors.Providers)
        {
            data.Add(provider);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Only_lipsync_exceptions_come_back(string provider)
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("LIPSYNC_FUZZ_CASES"), out var n) ? n : 2_000;
        var fuzzer = new ErrorBodyFuzzer(seed: 20261122 + provider.Length);
        var slowest = TimeSpan.Zero;

        for (var i = 0; i < cases; i++)
        {
            var (status, body, headers) = fuzzer.Next(SeedBodies);
            var started = Stopwatch.GetTimestamp();
            LipSyncException error;
            try
            {
                error = LipSyncErrors.FromResponse(provider, status, body, headers);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"case {i}: {ex.GetType().Name} for status {status}, body [{body}]: {ex.Message}");
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            slowest = elapsed > slowest ? elapsed : slowest;
            error.Provider.Should().NotBeNullOrEmpty();
            error.Message.Should().NotBeNullOrEmpty();
            error.StatusCode.Should().Be(status);
        }

        // Generous: a shared CI core can stall a single case, but a pathological body would take far longer.
        slowest.Should().BeLessThan(TimeSpan.FromMilliseconds(250));
    }
}
