namespace LipSync.Sdk.Tests.Reliability;

/// <summary>
/// Whatever a provider sends, <see cref="LipSyncErrors.FromResponse"/> returns a <see cref="LipSyncException"/> — never
/// another exception — with work bounded by the input: the bytes it allocates per case stay within a fixed allowance
/// plus a constant per input character, so a body that triggers super-linear work (re-scanning, copying per nesting
/// level) fails here whatever the machine's speed. Timing belongs in benchmarks. The suite runs a small count per
/// provider; for the long run: <c>LIPSYNC_FUZZ_CASES=100000 dotnet test --filter "FullyQualifiedName~FromResponseFuzzTests"</c>.
/// </summary>
public sealed class FromResponseFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    // Measured (2026-12, 2000 seeded cases per provider): 15-17 KB per case at most, 277 KB once (first-use
    // initialisation), under 0.2 B per character for inputs of 16 Ki characters and more (bodies are read up to a
    // cap, never whole). The bounds leave an order of magnitude of headroom; quadratic work blows through them.
    private const long FixedAllowance = 256 * 1024;
    private const long BytesPerInputChar = 32;

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
        var largestAllocation = 0L;
        var worstPerLargeInputChar = 0.0;

        for (var i = 0; i < cases; i++)
        {
            var (status, body, headers) = fuzzer.Next(SeedBodies);
            var inputChars = (body?.Length ?? 0) + headers.Sum(h => h.Key.Length + h.Value.Sum(v => v.Length));
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            LipSyncException error;
            try
            {
                error = LipSyncErrors.FromResponse(provider, status, body, headers);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"case {i}: {ex.GetType().Name} for status {status}, body [{body}]: {ex.Message}");
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            largestAllocation = Math.Max(largestAllocation, allocated);
            if (inputChars >= 16 * 1024)
            {
                worstPerLargeInputChar = Math.Max(worstPerLargeInputChar, allocated / (double)inputChars);
            }

            allocated.Should().BeLessThanOrEqualTo(FixedAllowance + (BytesPerInputChar * inputChars),
                $"case {i} ({inputChars} input characters, status {status}) must cost work in proportion to its size");
            error.Provider.Should().NotBeNullOrEmpty();
            error.Message.Should().NotBeNullOrEmpty();
            error.StatusCode.Should().Be(status);
        }

        output.WriteLine($"FUZZ | {provider} | {cases} cases | largest allocation {largestAllocation} B | worst {worstPerLargeInputChar:0.00} B per char of inputs >= 16 Ki chars");
    }
}
