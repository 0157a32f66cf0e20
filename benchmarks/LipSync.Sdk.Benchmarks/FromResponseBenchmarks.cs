using BenchmarkDotNet.Attributes;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// <see cref="LipSyncErrors.FromResponse"/> on the bodies Sync really sends and on hostile ones: the cost of turning a
/// non-success response into a typed exception (body scan, catalogue lookup, Retry-After parsing, message building).
/// </summary>
[MemoryDiagnoser]
public class FromResponseBenchmarks
{
    private const string RateLimitBody =
        """{"statusCode":429,"errorCode":"rate_limit_exceeded","message":"Rate limit exceeded. Please try again later.","error":"Too Many Requests"}""";

    private const string ValidationBody =
        """{"statusCode":400,"message":["input.0.url must be a URL address","input.1.url must be a URL address","model should not be empty"],"error":"Bad Request","errorCode":"generation_input_validation_failed"}""";

    private const string BadGatewayHtml =
        """
        <html>
        <head><title>502 Bad Gateway</title></head>
        <body>
        <center><h1>502 Bad Gateway</h1></center>
        <hr><center>cloudflare</center>
        </body>
        </html>
        """;

    private static readonly KeyValuePair<string, IEnumerable<string>>[] RateLimitHeaders =
    [
        new("Content-Type", ["application/json; charset=utf-8"]),
        new("Retry-After", ["1"]),
        new("x-request-id", ["3f6c1a2e-8d4b-4f0e-9a57-2c1d0e7b9f41"]),
    ];

    // 1 MB: a JSON error object whose message never ends within the 64 KiB the classifier reads.
    private readonly string _oneMegabyteBody =
        """{"statusCode":500,"errorCode":"internal_error","message":""" + "\"" + new string('x', 1024 * 1024) + "\"}";

    [Benchmark(Description = "429 + Retry-After")]
    public LipSyncException RateLimited() => LipSyncErrors.FromResponse("sync", 429, RateLimitBody, RateLimitHeaders);

    [Benchmark(Description = "400 message array")]
    public LipSyncException Validation() => LipSyncErrors.FromResponse("sync", 400, ValidationBody);

    [Benchmark(Description = "502 HTML page")]
    public LipSyncException BadGateway() => LipSyncErrors.FromResponse("sync", 502, BadGatewayHtml);

    [Benchmark(Description = "500 1 MB body")]
    public LipSyncException OneMegabyte() => LipSyncErrors.FromResponse("sync", 500, _oneMegabyteBody);
}
