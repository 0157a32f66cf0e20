using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LipSync.Sdk.Testing;

/// <summary>
/// An in-process emulator of the Chamelaion API as described in <c>providers/heygen-chamelaion.md</c> §A, on a real
/// loopback Kestrel server: both generate endpoints (JSON and streamed multipart), the job state machine, lookup by
/// request id or reference id, offset paging, the token identity and health endpoints, Chamelaion's
/// <c>{"error": "message"}</c> bodies, the 60/min rate limit and the plan's token limit.
/// </summary>
/// <remarks>
/// <para>
/// Paths carry the <c>/api</c> prefix of the real base address: point the SDK at <see cref="LoopbackEmulator.ApiBaseAddress"/>.
/// Endpoints: <c>POST /api/v1/lipsync/generate</c>, <c>POST /api/v1/lipsync/generate-with-media</c>,
/// <c>GET /api/v1/lipsync/requests/{id}</c>, <c>GET /api/v1/lipsync/requests</c>, <c>GET /api/v1/users/me</c> and,
/// without authentication, <c>GET /api/health</c> and <c>GET /output/{id}.mp4</c> (the result's storage link: ranges,
/// ETag, 403 once older than <see cref="LoopbackEmulator.OutputLinkLifetime"/>). The key is accepted as <c>x-api-key</c> or <c>Authorization: Bearer</c>.
/// </para>
/// <para>
/// State machine: a new job is <c>queued</c>; each <c>GET /api/v1/lipsync/requests/{id}</c> counts as a poll; after
/// <see cref="PollsUntilProcessing"/> polls it is <c>processing</c>, after <see cref="PollsUntilCompleted"/> polls
/// <c>completed</c> (or <c>failed</c> when scripted by <see cref="FailNextJob"/>). Listing does not count as polling.
/// </para>
/// <para>
/// Uploads are parsed as a stream: file parts are counted (<see cref="ChamelaionUploadedPart.Length"/>), never kept.
/// Start with <see cref="LoopbackEmulatorOptions.RecordBodies"/> off to keep large uploads out of memory entirely.
/// </para>
/// </remarks>
public sealed partial class ChamelaionEmulator : LoopbackEmulator
{
    /// <summary>The API key accepted by default: <c>test-chamelaion-key</c>.</summary>
    public const string DefaultApiKey = "test-chamelaion-key";

    /// <summary>The header that carries the key in the SDK's requests: <c>x-api-key</c>.</summary>
    public const string ApiKeyHeaderName = "x-api-key";

    /// <summary>The status of a job that waits: <c>queued</c>.</summary>
    public const string Queued = "queued";

    /// <summary>The status of a running job: <c>processing</c>.</summary>
    public const string Processing = "processing";

    /// <summary>The status of a finished job: <c>completed</c>.</summary>
    public const string Completed = "completed";

    /// <summary>The status of a failed job: <c>failed</c>.</summary>
    public const string Failed = "failed";

    private readonly ChamelaionJobStore _store;
    private readonly int _defaultPageSize;
    private readonly int _maxPageSize;

    private ChamelaionEmulator(ChamelaionEmulatorOptions options)
        : base(options)
    {
        _store = new ChamelaionJobStore(TimeProvider, GetOutputUrl, PresignOutput)
        {
            PollsUntilProcessing = options.PollsUntilProcessing,
            PollsUntilCompleted = options.PollsUntilCompleted,
            TokenLimit = options.TokenLimit,
        };
        GenerationRateLimit = options.GenerationRateLimit;
        _defaultPageSize = options.DefaultPageSize;
        _maxPageSize = options.MaxPageSize;
    }

    /// <inheritdoc />
    /// <remarks>The real base address is <c>https://api.chamelaion.com/api</c>.</remarks>
    protected override string ApiPath => "api";

    /// <summary>How many polls move a job from <c>queued</c> to <c>processing</c>. Default 1.</summary>
    public int PollsUntilProcessing
    {
        get => _store.PollsUntilProcessing;
        set => _store.PollsUntilProcessing = value;
    }

    /// <summary>How many polls finish a job. Default 2; <see cref="int.MaxValue"/> for a job that never finishes.</summary>
    public int PollsUntilCompleted
    {
        get => _store.PollsUntilCompleted;
        set => _store.PollsUntilCompleted = value;
    }

    /// <summary>
    /// The most generate requests (both endpoints) accepted in any rolling 60 seconds of the emulator's clock; more
    /// are answered 429 <c>rate limit exceeded</c>. Null (default) disables the limit; Chamelaion documents 60.
    /// </summary>
    public int? GenerationRateLimit { get; set; }

    /// <summary>How many jobs may be created before creates answer 412 <c>token limit reached</c>. Null (default): no limit.</summary>
    public int? TokenLimit
    {
        get => _store.TokenLimit;
        set => _store.TokenLimit = value;
    }

    /// <summary>The number of jobs actually created by the two generate endpoints (<see cref="AddJob"/> excluded).</summary>
    public int CreatedJobCount => _store.CreatedJobCount;

    /// <summary>The number of generate requests answered 429 by <see cref="GenerationRateLimit"/>.</summary>
    public int RateLimitedCount => Volatile.Read(ref _rateLimitedCount);

    /// <summary>A snapshot of every job, in creation order.</summary>
    public IReadOnlyList<ChamelaionEmulatedJob> Jobs => _store.Snapshot();

    /// <summary>Starts an emulator on an ephemeral loopback port.</summary>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop the server.</returns>
    public static Task<ChamelaionEmulator> StartAsync(ChamelaionEmulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(new ChamelaionEmulator(options ?? new ChamelaionEmulatorOptions()), cancellationToken);

    /// <summary>The jobs that carry <paramref name="referenceId"/>, in creation order (reference ids are not unique).</summary>
    /// <param name="referenceId">The reference id.</param>
    /// <returns>The jobs.</returns>
    public IReadOnlyList<ChamelaionEmulatedJob> FindByReference(string referenceId)
    {
        ArgumentNullException.ThrowIfNull(referenceId);
        return _store.FindByReference(referenceId);
    }

    /// <summary>Scripts the next created job to end <c>failed</c> with <c>error_message</c> = <paramref name="errorMessage"/>. Calls queue up.</summary>
    /// <param name="errorMessage">The failure message, e.g. <see cref="ChamelaionErrorBodies.VideoUrlNotAccessible"/>.</param>
    public void FailNextJob(string errorMessage)
    {
        ArgumentNullException.ThrowIfNull(errorMessage);
        _store.EnqueueFailure(errorMessage);
    }

    /// <summary>
    /// Sets a job's status and freezes it there (polls no longer move it). Any string is accepted, to test tolerance of
    /// statuses the docs do not list.
    /// </summary>
    /// <param name="id">The request id.</param>
    /// <param name="status">The new status.</param>
    /// <param name="errorMessage">The <c>error_message</c> to report, if any.</param>
    /// <returns>The updated job.</returns>
    /// <exception cref="KeyNotFoundException">No job has that id.</exception>
    public ChamelaionEmulatedJob SetJobStatus(string id, string status, string? errorMessage = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrEmpty(status);
        return _store.SetStatus(id, status, errorMessage);
    }

    /// <summary>Adds a job without a request (e.g. to fill pages); not counted in <see cref="CreatedJobCount"/>.</summary>
    /// <param name="referenceId">The job's reference id, if any.</param>
    /// <param name="status">The status (default <c>completed</c>).</param>
    /// <param name="createdAt">The creation time (default: now by the emulator's clock).</param>
    /// <returns>The job.</returns>
    public ChamelaionEmulatedJob AddJob(string? referenceId = null, string status = Completed, DateTimeOffset? createdAt = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        return _store.Seed(referenceId, status, createdAt);
    }

    /// <summary>
    /// The result URL of a completed job: <c>{BaseAddress}output/{id}.mp4</c>, served without the key like the storage
    /// link it stands for. Job reads hand it out presigned and fresh on every read; without that query it never expires.
    /// </summary>
    /// <param name="id">The request id.</param>
    /// <returns>The absolute URL.</returns>
    public string GetOutputUrl(string id) => new Uri(BaseAddress, $"output/{Uri.EscapeDataString(id)}.mp4").ToString();

    /// <inheritdoc />
    protected override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/lipsync/generate", HandleGenerateAsync);
        endpoints.MapPost("/api/v1/lipsync/generate-with-media", HandleGenerateWithMediaAsync);
        endpoints.MapGet("/api/v1/lipsync/requests/{id}", HandleGetAsync);
        endpoints.MapGet("/api/v1/lipsync/requests", HandleListAsync);
        endpoints.MapGet("/api/v1/users/me", context => WriteJsonAsync(context, StatusCodes.Status200OK, new System.Text.Json.Nodes.JsonObject { ["name"] = "Emulator API Token" }));
        endpoints.MapGet("/output/{id}.mp4", context => ServeDefaultVideoAsync(context, _store.IsCompleted((string)context.Request.RouteValues["id"]!)));
        endpoints.MapGet("/api/health", context => WriteJsonAsync(context, StatusCodes.Status200OK, new System.Text.Json.Nodes.JsonObject { ["status"] = "ok" }));
        endpoints.MapFallback("{*path}", context => WriteErrorAsync(context, StatusCodes.Status404NotFound, NotFoundMessage(context.Request, "not found")));
    }

    /// <inheritdoc />
    /// <remarks>Either <c>x-api-key: key</c> or <c>Authorization: Bearer key</c> (the docs call them equivalent).</remarks>
    protected override string? GetPresentedApiKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.TryGetValue(ApiKeyHeaderName, out var key) && !string.IsNullOrEmpty(key.ToString()))
        {
            return key.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;
    }

    /// <inheritdoc />
    /// <remarks>The message says what was wrong, with the guide's four 401 messages.</remarks>
    protected override Task WriteUnauthorizedAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers;
        var hasKey = headers.TryGetValue(ApiKeyHeaderName, out var key);
        var authorization = headers.Authorization.ToString().Trim();
        var message =
            !hasKey && authorization == "Bearer" ? ChamelaionErrorBodies.MissingToken
            : !hasKey && string.IsNullOrEmpty(authorization) ? ChamelaionErrorBodies.MissingAuthorizationHeader
            : hasKey && string.IsNullOrWhiteSpace(key.ToString()) && string.IsNullOrEmpty(authorization) ? ChamelaionErrorBodies.MissingToken
            : !hasKey && !authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? ChamelaionErrorBodies.InvalidAuthorizationFormat
            : !hasKey && string.IsNullOrWhiteSpace(authorization["Bearer ".Length..]) ? ChamelaionErrorBodies.MissingToken
            : ChamelaionErrorBodies.InvalidToken;
        return WriteErrorAsync(context, StatusCodes.Status401Unauthorized, message);
    }

    /// <inheritdoc />
    protected override bool RequiresAuthentication(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !request.Path.Equals("/api/health", StringComparison.OrdinalIgnoreCase)
            && !request.Path.StartsWithSegments("/output", StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    /// <remarks>Adds the <c>x-api-key</c> header when <see cref="LoopbackEmulator.ApiKey"/> is set.</remarks>
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (ApiKey is { } apiKey)
        {
            client.DefaultRequestHeaders.Add(ApiKeyHeaderName, apiKey);
        }
    }

    private static Task WriteErrorAsync(HttpContext context, int statusCode, string message) =>
        WriteJsonAsync(context, statusCode, ChamelaionErrorBodies.CreateNode(message));
}
