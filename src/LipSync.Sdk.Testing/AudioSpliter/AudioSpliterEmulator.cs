using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LipSync.Sdk.Testing;

/// <summary>
/// An in-process emulator of the AudioSpliter API under <c>/api/v1</c> (use <see cref="LoopbackEmulator.ApiBaseAddress"/>): split jobs
/// that advance with each read (<c>queued</c> → <c>processing</c> with progress → <c>completed</c> | <c>failed</c>),
/// segments with signed, expiring download URLs served without the key, <c>X-RateLimit-*</c> headers and a per-minute
/// limit answered with <c>429 RATE_LIMITED</c> (Retry-After and <c>error.retryAfter</c>), and the nested error envelope
/// with <c>details.fields[]</c> on validation errors.
/// </summary>
public sealed partial class AudioSpliterEmulator : LoopbackEmulator
{
    /// <summary>The API key accepted by default.</summary>
    public const string DefaultApiKey = "as_test_emulator_key";

    /// <summary>The header that carries the key.</summary>
    public const string ApiKeyHeaderName = "X-API-Key";

    private const string Prefix = "/api/v1";
    private readonly Lock _lock = new();
    private readonly AudioSpliterEmulatorOptions _options;
    private readonly Dictionary<string, JobState> _jobs = new(StringComparer.Ordinal);
    private readonly Queue<(string Code, string Message)> _nextFailures = new();
    private int _createdJobCount;
    private int _urlVersion;
    private int _minimumUrlVersion;
    private long _windowStart = -1;
    private int _windowCount;

    private AudioSpliterEmulator(AudioSpliterEmulatorOptions options)
        : base(options) => _options = options;

    /// <inheritdoc />
    protected override string ApiPath => "api/v1";

    /// <summary>Jobs created by <c>POST /splits</c>.</summary>
    public int CreatedJobCount => Volatile.Read(ref _createdJobCount);

    /// <summary>Requests allowed per 60-second window; can be changed at any time.</summary>
    public int RequestsPerMinute
    {
        get => _options.RequestsPerMinute;
        set => _options.RequestsPerMinute = value;
    }

    /// <summary>A snapshot of every job, in creation order.</summary>
    public IReadOnlyList<AudioSpliterEmulatorJob> Jobs
    {
        get { lock (_lock) { return _jobs.Values.OrderBy(j => j.Sequence).Select(j => j.Snapshot(SegmentCount(j))).ToArray(); } }
    }

    /// <summary>Starts an emulator on an ephemeral loopback port.</summary>
    /// <param name="options">Settings, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    public static Task<AudioSpliterEmulator> StartAsync(AudioSpliterEmulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(new AudioSpliterEmulator(options ?? new AudioSpliterEmulatorOptions()), cancellationToken);

    /// <summary>Scripts the next created job to end <c>failed</c> with <c>error{code, message}</c>. Calls queue up.</summary>
    /// <param name="code">The code, e.g. <c>CORRUPT_FILE</c>.</param>
    /// <param name="message">The message.</param>
    public void FailNextJob(string code, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(message);
        lock (_lock)
        {
            _nextFailures.Enqueue((code, message));
        }
    }

    /// <summary>Makes every download URL issued so far answer <c>DOWNLOAD_EXPIRED</c>, whatever its <c>expiresAt</c>.</summary>
    public void ExpireIssuedUrls() => Volatile.Write(ref _minimumUrlVersion, Volatile.Read(ref _urlVersion) + 1);

    /// <summary>The exact bytes a segment download returns.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="index">The segment index.</param>
    /// <returns>The bytes.</returns>
    public byte[] GetSegmentBytes(string jobId, int index)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        lock (_lock)
        {
            var job = _jobs.TryGetValue(jobId, out var found) ? found : throw new KeyNotFoundException($"No job '{jobId}'.");
            var seconds = SegmentSeconds(job, index);
            var bytes = new byte[Math.Max(8, (int)(seconds * _options.BytesPerSecond))];
            new Random(HashCode.Combine(StringComparer.Ordinal.GetHashCode(jobId), index)).NextBytes(bytes);
            return bytes;
        }
    }

    /// <inheritdoc />
    protected override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Prefix + "/splits", HandleCreateAsync);
        endpoints.MapGet(Prefix + "/splits/{id}", HandleGetAsync);
        endpoints.MapGet("/cdn/{jobId}/{index:int}", HandleDownloadAsync);
        endpoints.MapFallback("{*path}", context =>
            WriteErrorAsync(context, 404, "NOT_FOUND", NotFoundMessage(context.Request, $"Cannot {context.Request.Method} {context.Request.Path}")));
    }

    /// <inheritdoc />
    protected override string? GetPresentedApiKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.TryGetValue(ApiKeyHeaderName, out var values) ? values.ToString() : null;
    }

    /// <inheritdoc />
    protected override Task WriteUnauthorizedAsync(HttpContext context) =>
        WriteErrorAsync(context, 401, "UNAUTHORIZED", "Missing or invalid API key");

    /// <inheritdoc />
    /// <remarks>Segment URLs are signed CDN links: the key is neither needed nor expected.</remarks>
    protected override bool RequiresAuthentication(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !request.Path.StartsWithSegments("/cdn", StringComparison.OrdinalIgnoreCase);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string code, string message) =>
        WriteJsonAsync(context, status, AudioSpliterErrorBodies.CreateNode(code, message, status));

    // "Every API response includes" X-RateLimit-Limit/Remaining/Reset; over the limit → 429 with both hints.
    private async Task<bool> ApplyRateLimitAsync(HttpContext context)
    {
        var now = TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        int remaining;
        long reset;
        bool limited;
        lock (_lock)
        {
            if (_windowStart < 0 || now >= _windowStart + 60)
            {
                _windowStart = now;
                _windowCount = 0;
            }

            _windowCount++;
            limited = _windowCount > _options.RequestsPerMinute;
            remaining = Math.Max(0, _options.RequestsPerMinute - _windowCount);
            reset = _windowStart + 60;
        }

        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = _options.RequestsPerMinute.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
        if (!limited)
        {
            return false;
        }

        var wait = (int)Math.Max(1, reset - now);
        headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        await WriteJsonAsync(context, 429, AudioSpliterErrorBodies.RateLimitedNode(wait)).ConfigureAwait(false);
        return true;
    }

    private double SegmentSeconds(JobState job, int index) =>
        Math.Max(0, Math.Min(job.SegmentDuration, _options.SourceDurationSeconds - (index * (double)job.SegmentDuration)));
}
