using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;

namespace LipSync.Sdk.Testing;

/// <summary>
/// An in-process emulator of the Sync (sync.so) API as described in <c>providers/sync.md</c>: generations with
/// idempotent create, a poll-driven job state machine, listing with cursor paging, models, cost estimates and
/// output downloads, on a real loopback Kestrel server.
/// </summary>
/// <remarks>
/// <para>
/// Endpoints: <c>POST /v2/generate</c> (JSON only), <c>GET /v2/generate/{id}</c> (with <c>include=progress</c> and
/// <c>wait=true&amp;timeout=N</c>), <c>GET /v2/generations</c>, <c>GET /v2/models</c>, <c>POST /v2/analyze/cost</c>
/// <c>POST /v2/assets/upload</c>, <c>POST /v2/assets</c>, <c>GET /v2/assets/{id}</c>, <c>POST /v2/batch</c> (multipart),
/// <c>GET /v2/batch</c>, <c>GET /v2/batch/{id}</c>, <c>GET /v2/batches/{id}/result</c> (302),
/// <c>GET /v2/generations/{id}/download</c> (a fresh output link as text/plain) and, without
/// authentication like the signed URLs they stand for, <c>GET /outputs/{id}.mp4</c> (ranges, ETag, 403 once the link
/// is older than <see cref="LoopbackEmulator.OutputLinkLifetime"/>), <c>PUT /uploads/{token}</c>
/// (presigned upload, body counted not kept) and <c>GET /results/{id}.jsonl</c>. Every other path answers a NestJS-style 404
/// (<c>Cannot GET /path</c>). All <c>/v2</c> endpoints require <c>x-api-key</c> = <see cref="LoopbackEmulator.ApiKey"/>.
/// </para>
/// <para>
/// State machine: a new generation is <c>PENDING</c>; each <c>GET /v2/generate/{id}</c> counts as a poll; after
/// <see cref="PollsUntilProcessing"/> polls it is <c>PROCESSING</c>, after <see cref="PollsUntilCompleted"/> polls it
/// is <c>COMPLETED</c> (or the status scripted by <see cref="FailNextJob"/> / <see cref="FailJob"/>). Listing does not
/// count as polling.
/// </para>
/// </remarks>
public sealed partial class SyncEmulator : LoopbackEmulator
{
    /// <summary>The API key accepted by default: <c>test-sync-key</c>.</summary>
    public const string DefaultApiKey = "test-sync-key";

    /// <summary>The header that carries the API key: <c>x-api-key</c>.</summary>
    public const string ApiKeyHeaderName = "x-api-key";

    private readonly SyncJobStore _store;
    private readonly int _estimatedFrameCount;
    private readonly double _estimatedGenerationCost;
    private readonly byte[] _outputVideo;
    private volatile bool _holdLongPolls;

    private SyncEmulator(SyncEmulatorOptions options)
        : base(options)
    {
        _estimatedFrameCount = options.EstimatedFrameCount;
        _estimatedGenerationCost = options.EstimatedGenerationCost;
        _store = new SyncJobStore(TimeProvider, id => PresignOutput(GetOutputUrl(id)))
        {
            PollsUntilProcessing = options.PollsUntilProcessing,
            PollsUntilCompleted = options.PollsUntilCompleted,
            OutputDurationSeconds = options.OutputDurationSeconds,
        };
        _holdLongPolls = options.HoldLongPolls;
        _outputVideo = OutputVideo.Create(options.OutputVideoLength);
        InitializeWebhooks(options);
    }

    /// <summary>
    /// How many <c>GET /v2/generate/{id}</c> polls move a job from <c>PENDING</c> to <c>PROCESSING</c>. Applies to
    /// jobs already created as well. Default 1.
    /// </summary>
    public int PollsUntilProcessing
    {
        get => _store.PollsUntilProcessing;
        set => _store.PollsUntilProcessing = value;
    }

    /// <summary>
    /// How many polls finish a job (<c>COMPLETED</c> unless a failure was scripted). Default 2; use
    /// <see cref="int.MaxValue"/> for a job that never finishes.
    /// </summary>
    public int PollsUntilCompleted
    {
        get => _store.PollsUntilCompleted;
        set => _store.PollsUntilCompleted = value;
    }

    /// <summary>
    /// When <see langword="true"/>, a <c>wait=true</c> request whose job is still running after its poll is held
    /// (real time) for up to <c>timeout</c> seconds or until the job finishes through <see cref="SetJobStatus"/>.
    /// When <see langword="false"/> (default) long polls answer at once, like a short poll with the long-poll headers.
    /// </summary>
    public bool HoldLongPolls
    {
        get => _holdLongPolls;
        set => _holdLongPolls = value;
    }

    /// <summary>The number of generations actually created by <c>POST /v2/generate</c> (idempotent replays and <see cref="AddJob"/> excluded).</summary>
    public int CreatedJobCount => _store.CreatedJobCount;

    /// <summary>A snapshot of every generation, in creation order.</summary>
    public IReadOnlyList<SyncJob> Jobs => _store.Snapshot();

    /// <summary>Starts an emulator on an ephemeral loopback port.</summary>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop the server.</returns>
    public static Task<SyncEmulator> StartAsync(SyncEmulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(new SyncEmulator(options ?? new SyncEmulatorOptions()), cancellationToken);

    /// <summary>Returns a snapshot of the generation with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">The generation id.</param>
    /// <returns>The job, or <see langword="null"/> when there is none.</returns>
    public SyncJob? GetJob(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _store.Find(id);
    }

    /// <summary>
    /// Scripts the next generation created by <c>POST /v2/generate</c> to end in <paramref name="status"/> with
    /// <c>error</c> = <paramref name="message"/> and <c>errorCode</c> / <c>error_code</c> = <paramref name="errorCode"/>
    /// when it would otherwise complete. Calls queue up: each applies to one later job.
    /// </summary>
    /// <param name="errorCode">The failure code, e.g. <c>generation_pipeline_failed</c>.</param>
    /// <param name="message">The failure message.</param>
    /// <param name="status"><c>FAILED</c> (default) or <c>REJECTED</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="status"/> is neither <c>FAILED</c> nor <c>REJECTED</c>.</exception>
    public void FailNextJob(string errorCode, string message, string status = "FAILED") =>
        _store.EnqueueFailure(CreateFailure(errorCode, message, status));

    /// <summary>Scripts the running generation <paramref name="id"/> to end like <see cref="FailNextJob"/> describes.</summary>
    /// <param name="id">The generation id.</param>
    /// <param name="errorCode">The failure code.</param>
    /// <param name="message">The failure message.</param>
    /// <param name="status"><c>FAILED</c> (default) or <c>REJECTED</c>.</param>
    /// <exception cref="KeyNotFoundException">No generation has that id.</exception>
    /// <exception cref="InvalidOperationException">The generation has already finished.</exception>
    public void FailJob(string id, string errorCode, string message, string status = "FAILED")
    {
        ArgumentNullException.ThrowIfNull(id);
        _store.ScriptFailure(id, CreateFailure(errorCode, message, status));
    }

    /// <summary>
    /// Sets a generation's status directly and freezes it there: polls no longer move it. <c>COMPLETED</c> fills the
    /// output fields; <c>FAILED</c> / <c>REJECTED</c> fill the error fields (with defaults when not given). Any other
    /// string (e.g. <c>CANCELED</c>) is accepted to test tolerance of unknown statuses. Held long polls are released.
    /// </summary>
    /// <param name="id">The generation id.</param>
    /// <param name="status">The new status.</param>
    /// <param name="errorCode">The <c>errorCode</c> to report, if any.</param>
    /// <param name="message">The <c>error</c> to report, if any.</param>
    /// <returns>The updated job.</returns>
    /// <exception cref="KeyNotFoundException">No generation has that id.</exception>
    public SyncJob SetJobStatus(string id, string status, string? errorCode = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrEmpty(status);
        return _store.SetStatus(id, status, errorCode, message);
    }

    /// <summary>
    /// Adds a generation directly, without a request (e.g. to fill pages for listing tests). It is not counted in
    /// <see cref="CreatedJobCount"/>; a <c>PENDING</c>/<c>PROCESSING</c> job advances with polls as usual.
    /// </summary>
    /// <param name="status">The initial status (default <c>COMPLETED</c>).</param>
    /// <param name="model">The model (default <c>lipsync-2</c>).</param>
    /// <param name="createdAt">The creation time (default: now, by the emulator's clock).</param>
    /// <returns>The new job.</returns>
    public SyncJob AddJob(string status = "COMPLETED", string model = "lipsync-2", DateTimeOffset? createdAt = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        ArgumentException.ThrowIfNullOrEmpty(model);
        var request = new JsonObject
        {
            ["model"] = model,
            ["input"] = new JsonArray(
                new JsonObject { ["type"] = "video", ["url"] = "https://assets.sync.so/docs/example-video.mp4" },
                new JsonObject { ["type"] = "audio", ["url"] = "https://assets.sync.so/docs/example-audio.wav" }),
        };
        return _store.Seed(request, status, createdAt);
    }

    /// <summary>
    /// Forgets every generation and every idempotency key, so that a long run of creates (benchmarks, load tests)
    /// keeps the emulator's memory and lookup times flat. <see cref="CreatedJobCount"/> keeps counting.
    /// </summary>
    public void ClearJobs() => _store.Clear();

    /// <summary>
    /// The URL at which a completed generation's output is served: <c>{BaseAddress}outputs/{id}.mp4</c>, without the
    /// presigned query (X-Amz-Date, X-Amz-Expires, X-Amz-Signature) that the links in generations carry; a link without
    /// it never expires.
    /// </summary>
    /// <param name="id">The generation id.</param>
    /// <returns>The absolute URL.</returns>
    public string GetOutputUrl(string id) => new Uri(BaseAddress, $"outputs/{Uri.EscapeDataString(id)}.mp4").ToString();

    /// <inheritdoc />
    protected override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v2/generate", HandleCreateAsync);
        endpoints.MapGet("/v2/generate/{id}", HandleGetAsync);
        endpoints.MapGet("/v2/generations", HandleListAsync);
        endpoints.MapDelete("/v2/generations/{id}", HandleDeleteAsync);
        endpoints.MapGet("/v2/models", HandleModelsAsync);
        endpoints.MapPost("/v2/analyze/cost", HandleCostAsync);
        endpoints.MapGet("/outputs/{id}.mp4", HandleOutputAsync);
        endpoints.MapGet("/v2/generations/{id}/download", HandleDownloadUrlAsync);
        endpoints.MapPost("/v2/assets/upload", HandleCreateUploadAsync);
        endpoints.MapPost("/v2/assets", HandleRegisterAssetAsync);
        endpoints.MapGet("/v2/assets", HandleListAssetsAsync);
        endpoints.MapGet("/v2/assets/{id}", HandleGetAssetAsync);
        endpoints.MapDelete("/v2/assets/{id}", HandleDeleteAssetAsync);
        endpoints.MapGet("/v2/assets/{id}/download", HandleAssetDownloadUrlAsync);
        endpoints.MapPut("/uploads/{token}", HandleUploadPutAsync);
        endpoints.MapPost("/v2/batch", HandleCreateBatchAsync);
        endpoints.MapGet("/v2/batch", HandleListBatchesAsync);
        endpoints.MapGet("/v2/batch/{id}", HandleGetBatchAsync);
        endpoints.MapGet("/v2/batches/{id}/result", HandleBatchResultAsync);
        endpoints.MapGet("/results/{id}.jsonl", HandleBatchResultFileAsync);
        endpoints.MapFallback("{*path}", HandleNotFoundAsync);
    }

    /// <inheritdoc />
    protected override string? GetPresentedApiKey(HttpRequest request) =>
        request.Headers.TryGetValue(ApiKeyHeaderName, out var values) ? values.ToString() : null;

    /// <inheritdoc />
    protected override Task WriteUnauthorizedAsync(HttpContext context) =>
        WriteJsonAsync(context, StatusCodes.Status401Unauthorized, SyncErrorBodies.UnauthorizedNode());

    /// <inheritdoc />
    /// <remarks>
    /// Output downloads, presigned uploads (<c>/uploads/</c>) and batch result files (<c>/results/</c>) are signed URLs
    /// in the real service and must be used without the key.
    /// </remarks>
    protected override bool RequiresAuthentication(HttpRequest request) =>
        !request.Path.StartsWithSegments("/outputs", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/uploads", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/results", StringComparison.OrdinalIgnoreCase);

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

    private static SyncJobFailure CreateFailure(string errorCode, string message, string status)
    {
        ArgumentException.ThrowIfNullOrEmpty(errorCode);
        ArgumentNullException.ThrowIfNull(message);
        if (status is not (SyncStatuses.Failed or SyncStatuses.Rejected))
        {
            throw new ArgumentException("Status must be FAILED or REJECTED.", nameof(status));
        }

        return new SyncJobFailure(errorCode, message, status);
    }

    private static Task WriteErrorAsync(HttpContext context, int statusCode, string message, string? errorCode = null) =>
        WriteJsonAsync(context, statusCode, SyncErrorBodies.CreateNode(statusCode, message, errorCode));

    private static Task WriteValidationErrorAsync(HttpContext context, IEnumerable<string> messages, string? errorCode) =>
        WriteJsonAsync(context, StatusCodes.Status400BadRequest, SyncErrorBodies.CreateNode(StatusCodes.Status400BadRequest, messages, errorCode));

    private Task HandleNotFoundAsync(HttpContext context) =>
        WriteErrorAsync(context, StatusCodes.Status404NotFound, $"Cannot {context.Request.Method} {context.Request.Path}");
}
