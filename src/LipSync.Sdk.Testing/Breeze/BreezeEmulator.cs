using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LipSync.Sdk.Testing;

/// <summary>
/// An in-process emulator of the Breeze (Breeze Blue TTS) API: async speech jobs whose state advances with each read
/// (<c>active</c> → <c>ready</c> | <c>failed</c>), audio downloads that answer <c>425 GENERATION_NOT_READY</c> with
/// Retry-After while a job is active, a token-paged voice list, and Breeze's flat <c>ok:false</c> error envelope.
/// </summary>
/// <remarks>
/// Endpoints: <c>POST /v1/text-to-speech/{voice_id}</c> (<c>delivery=async</c> → job; otherwise the audio bytes),
/// <c>GET /v1/generation-jobs/{id}</c>, <c>GET /v1/history/{id}/audio</c> (with the key, as the real API path it is;
/// ranges and ETag; the job's <c>download_url</c> carries an emulator-only <c>expires</c> after which it answers
/// <c>410 LINK_EXPIRED</c>, see <see cref="LoopbackEmulator.OutputLinkLifetime"/>), <c>GET /v1/voices</c>. Keys are accepted in
/// <c>xi-api-key</c> or <c>Authorization: Bearer</c> (xi-api-key first, as documented). Faults come from the base class.
/// </remarks>
public sealed partial class BreezeEmulator : LoopbackEmulator
{
    /// <summary>The API key accepted by default.</summary>
    public const string DefaultApiKey = "brz_test_emulator_key";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, JobState> _jobs = new(StringComparer.Ordinal);
    private readonly Queue<(string Code, string Detail)> _nextFailures = new();
    private readonly List<JsonObject> _voices = [];
    private readonly int _audioLength;
    private readonly int _maxTextLength;
    private int _createdJobCount;

    private BreezeEmulator(BreezeEmulatorOptions options)
        : base(options)
    {
        PollsUntilReady = options.PollsUntilReady;
        NotReadyRetryAfterSeconds = options.NotReadyRetryAfterSeconds;
        _audioLength = Math.Max(16, options.AudioLength);
        _maxTextLength = options.MaxTextLength;
        for (var i = 0; i < options.VoiceCount; i++)
        {
            _voices.Add(new JsonObject
            {
                ["voice_id"] = string.Create(CultureInfo.InvariantCulture, $"voice-{i:000}"),
                ["name"] = string.Create(CultureInfo.InvariantCulture, $"Voice {i}"),
                ["category"] = "premade",
                ["created_at_unix"] = 1_760_000_000 + i,
            });
        }
    }

    /// <summary>How many reads of a job finish it. Applies to running jobs too.</summary>
    public int PollsUntilReady { get; set; }

    /// <summary>The Retry-After (seconds) sent with <c>425 GENERATION_NOT_READY</c>.</summary>
    public int NotReadyRetryAfterSeconds { get; set; }

    /// <summary>Jobs created by <c>POST /v1/text-to-speech</c> with <c>delivery=async</c>.</summary>
    public int CreatedJobCount => Volatile.Read(ref _createdJobCount);

    /// <summary>A snapshot of every job, in creation order.</summary>
    public IReadOnlyList<BreezeEmulatorJob> Jobs
    {
        get { lock (_lock) { return _jobs.Values.OrderBy(j => j.Sequence).Select(j => j.Snapshot()).ToArray(); } }
    }

    /// <summary>Starts an emulator on an ephemeral loopback port.</summary>
    /// <param name="options">Settings, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    public static Task<BreezeEmulator> StartAsync(BreezeEmulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(new BreezeEmulator(options ?? new BreezeEmulatorOptions()), cancellationToken);

    /// <summary>Scripts the next created job to end <c>failed</c> with <c>error{code, detail}</c>. Calls queue up.</summary>
    /// <param name="code">The code, e.g. <c>GENERATION_FAILED</c>.</param>
    /// <param name="detail">The message.</param>
    public void FailNextJob(string code, string detail)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(detail);
        lock (_lock)
        {
            _nextFailures.Enqueue((code, detail));
        }
    }

    /// <summary>The exact audio bytes a job's download returns (deterministic per id).</summary>
    /// <param name="id">The job id.</param>
    /// <returns>The bytes.</returns>
    public byte[] GetAudio(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var bytes = new byte[_audioLength];
        "ID3"u8.CopyTo(bytes);
        var seed = StringComparer.Ordinal.GetHashCode(id);
        var random = new Random(seed);
        random.NextBytes(bytes.AsSpan(3));
        return bytes;
    }

    /// <inheritdoc />
    protected override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1/text-to-speech/{voiceId}", HandleSpeechAsync);
        endpoints.MapGet("/v1/generation-jobs/{id}", HandleGetJobAsync);
        endpoints.MapGet("/v1/history/{id}/audio", HandleAudioAsync);
        endpoints.MapGet("/v1/voices", HandleVoicesAsync);
        endpoints.MapFallback("{*path}", context => WriteErrorAsync(context, 404, "RESOURCE_NOT_FOUND", "Resource not found."));
    }

    /// <inheritdoc />
    /// <remarks>When both are present, <c>xi-api-key</c> takes precedence (Breeze's authentication page).</remarks>
    protected override string? GetPresentedApiKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.TryGetValue("xi-api-key", out var key))
        {
            return key.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..] : null;
    }

    /// <inheritdoc />
    protected override Task WriteUnauthorizedAsync(HttpContext context) =>
        WriteErrorAsync(context, 401, "AUTH_REQUIRED", "Authentication required.");

    private static Task WriteErrorAsync(HttpContext context, int status, string code, string detail) =>
        WriteJsonAsync(context, status, BreezeErrorBodies.CreateNode(code, detail));

    private sealed class JobState
    {
        public required string Id { get; init; }

        public required long Sequence { get; init; }

        public required string VoiceId { get; init; }

        public required string Text { get; init; }

        public required string? ModelId { get; init; }

        public required string OutputFormat { get; init; }

        public required DateTimeOffset CreatedAt { get; init; }

        public (string Code, string Detail)? ScriptedFailure { get; init; }

        public string Status { get; set; } = "active";

        public int PollCount { get; set; }

        public DateTimeOffset? CompletedAt { get; set; }

        public BreezeEmulatorJob Snapshot() => new()
        {
            Id = Id,
            Status = Status,
            VoiceId = VoiceId,
            Text = Text,
            OutputFormat = OutputFormat,
            PollCount = PollCount,
            ErrorCode = Status == "failed" ? ScriptedFailure?.Code : null,
            CreatedAt = CreatedAt,
        };
    }
}
