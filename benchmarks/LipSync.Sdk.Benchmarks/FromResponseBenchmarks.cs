using BenchmarkDotNet.Attributes;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// <see cref="LipSyncErrors.FromResponse"/> for every built-in provider on the bodies its error document (the seeds)
/// shows, plus two hostile bodies for Sync: the cost of turning a non-success response into a typed exception (body
/// scan, catalogue lookup, Retry-After parsing, message building). Target for the typical bodies: at most 5 µs and
/// 2 KB allocated per call.
/// </summary>
[MemoryDiagnoser]
public class FromResponseBenchmarks
{
    /// <summary>The cases, one row each.</summary>
    public static IEnumerable<ErrorResponseCase> Cases => ErrorResponseCase.All;

    /// <summary>The case of this row.</summary>
    [ParamsSource(nameof(Cases))]
    public ErrorResponseCase Case { get; set; } = null!;

    [Benchmark(Description = "FromResponse")]
    public LipSyncException FromResponse() => LipSyncErrors.FromResponse(Case.Provider, Case.Status, Case.Body, Case.Headers);
}

/// <summary>One provider response to classify, named for the table.</summary>
public sealed class ErrorResponseCase
{
    private readonly string _name;

    private ErrorResponseCase(string name, string provider, int status, string body, KeyValuePair<string, IEnumerable<string>>[]? headers = null)
    {
        _name = name;
        Provider = provider;
        Status = status;
        Body = body;
        Headers = headers;
    }

    /// <summary>The provider name passed to <see cref="LipSyncErrors.FromResponse"/>.</summary>
    public string Provider { get; }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The body text.</summary>
    public string Body { get; }

    /// <summary>The response headers, if any.</summary>
    public KeyValuePair<string, IEnumerable<string>>[]? Headers { get; }

    /// <summary>Whether the row is a hostile body outside the per-call target (a proxy page, a 1 MB body).</summary>
    public bool IsHostile => _name.Contains("hostile", StringComparison.Ordinal);

    /// <summary>Typical bodies of each provider's error document, then the hostile ones.</summary>
    public static IReadOnlyList<ErrorResponseCase> All { get; } =
    [
        // Sync (seed 000): NestJS-style {statusCode, message (string or array), errorCode, error}.
        new("sync 429 rate_limit_exceeded", "sync", 429,
            """{"statusCode":429,"errorCode":"rate_limit_exceeded","message":"Rate limit exceeded. Please try again later.","error":"Too Many Requests"}""",
            [new("Content-Type", ["application/json; charset=utf-8"]), new("Retry-After", ["1"]), new("x-request-id", ["3f6c1a2e-8d4b-4f0e-9a57-2c1d0e7b9f41"])]),
        new("sync 400 validation array", "sync", 400,
            """{"statusCode":400,"message":["input.0.url must be a URL address","input.1.url must be a URL address","model should not be empty"],"error":"Bad Request","errorCode":"generation_input_validation_failed"}"""),

        // Chamelaion (seed 001): {"error": "human-readable message"}, matched on the message.
        new("chamelaion 429 rate limit", "chamelaion", 429, """{"error":"rate limit exceeded"}""", [new("Retry-After", ["60"])]),
        new("chamelaion 400 bad body", "chamelaion", 400, """{"error":"invalid request body"}"""),

        // HeyGen (seed 003): legacy {"code": N, "message"} and v3 {"error": {"code", "message", "param", "doc_url"}}.
        new("heygen 401 legacy 40009", "heygen", 401, """{"code":40009,"message":"Invalid credentials provided"}""", [new("x-request-id", ["b1c2d3"])]),
        new("heygen 429 v3 error{}", "heygen", 429,
            """{"error":{"code":"rate_limit_exceeded","message":"Rate limit exceeded.","param":null,"doc_url":"https://docs.heygen.com/reference/errors"}}""",
            [new("Retry-After", ["30"])]),

        // Breeze (seed 004): flat {"ok": false, "code", "detail", "error"}; the Retry? column decides.
        new("breeze 429 concurrency", "breeze", 429,
            """{"ok":false,"code":"GENERATION_CONCURRENCY_EXCEEDED","detail":"Your plan’s concurrent generation limit was reached. Please retry shortly.","error":"Your plan’s concurrent generation limit was reached. Please retry shortly.","retryAfter":5}""",
            [new("x-request-id", ["req_01HZX"])]),
        new("breeze 422 validation", "breeze", 422,
            """{"ok":false,"code":"VALIDATION_ERROR","detail":"Request validation failed.","error":"Request validation failed."}"""),

        // AudioSpliter (seed 002): nested {"error": {"code", "message", "status", "details", "retryAfter"}}.
        new("audiospliter 429 RATE_LIMITED", "audiospliter", 429,
            """{"error":{"code":"RATE_LIMITED","message":"Rate limit exceeded. Retry after 30 seconds.","status":429,"retryAfter":30}}"""),
        new("audiospliter 422 fields", "audiospliter", 422,
            """{"error":{"code":"INVALID_PARAMS","message":"Validation failed","status":422,"details":{"fields":[{"field":"segmentDuration","message":"Must be a positive integer"},{"field":"outputFormat","message":"Must be one of: mp3, wav, flac, ogg, aac"}]}}}"""),

        // Hostile (no per-call target): a proxy's HTML page and a 1 MB body of which only 64 KiB are read.
        new("hostile: sync 502 HTML", "sync", 502,
            "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>cloudflare</center>\n</body>\n</html>\n"),
        new("hostile: sync 500 1 MB", "sync", 500,
            """{"statusCode":500,"errorCode":"internal_error","message":""" + "\"" + new string('x', 1024 * 1024) + "\"}"),
    ];

    /// <inheritdoc />
    public override string ToString() => _name;
}
