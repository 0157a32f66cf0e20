using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LipSync.Sdk.Testing;

/// <summary>
/// An in-process emulator of HeyGen's API as described in <c>providers/heygen-chamelaion.md</c> §B: v3 lip-syncs and
/// videos with idempotent creates and poll-driven state machines, token-paged lists, asset uploads (multipart and the
/// direct-upload flow, bytes counted while streaming), the legacy <c>/v1/video_status.get</c>, and HeyGen's error
/// bodies in all three envelopes, on a real loopback Kestrel server.
/// </summary>
/// <remarks>
/// <para>
/// Endpoints: <c>POST/GET /v3/lipsyncs</c>, <c>GET/PATCH/DELETE /v3/lipsyncs/{id}</c>, <c>POST /v3/video-translations</c>,
/// <c>GET /v3/video-translations/{id}</c> and <c>/languages</c>, <c>POST/GET /v3/webhooks/endpoints</c>,
/// <c>DELETE /v3/webhooks/endpoints/{id}</c>, <c>POST /v3/webhooks/endpoints/{id}/rotate-secret</c>,
/// <c>GET /v3/webhooks/event-types</c>, <c>POST/GET /v3/videos</c>,
/// <c>GET /v3/videos/{id}</c>, <c>POST /v3/assets</c>, <c>POST /v3/assets/direct-uploads</c>,
/// <c>POST /v3/assets/{id}/complete</c>, <c>GET /v1/video_status.get</c>; without the key <c>PUT /uploads/{id}</c>
/// (the presigned upload URL) and <c>GET /outputs/{id}.mp4</c> (a presigned link, fresh on every status read as HeyGen
/// documents; ranges, ETag, 403 once older than <see cref="LoopbackEmulator.OutputLinkLifetime"/>). Everything else answers a v3 <c>not_found</c>.
/// The key is <c>X-Api-Key</c>; a wrong key gets a v3 <c>unauthorized</c> (v1 paths: <c>{"code":400112}</c>).
/// </para>
/// <para>
/// State machine: each status read counts as a poll. A lip-sync is <c>pending</c>, after <see cref="PollsUntilRunning"/>
/// polls <c>running</c>, after <see cref="PollsUntilCompleted"/> <c>completed</c> (or <c>failed</c> with the code
/// scripted by <see cref="FailNextJob"/>). A video is created <c>waiting</c> and moves through <c>pending</c> and
/// <c>processing</c>; a video translation runs like a lip-sync. Keyed requests (creates, secret rotation) with an
/// <c>Idempotency-Key</c> seen before on the same endpoint and resource replay the first answer — even when the body
/// differs, as HeyGen documents (counted in <see cref="ReplayedWithDifferentBodyCount"/>) — with header
/// <c>Idempotent-Replayed: true</c>, and are not counted in <see cref="CreatedJobCount"/>.
/// </para>
/// </remarks>
public sealed partial class HeyGenEmulator : LoopbackEmulator
{
    /// <summary>The API key accepted by default: <c>test-heygen-key</c>.</summary>
    public const string DefaultApiKey = "test-heygen-key";

    /// <summary>The header that carries the API key.</summary>
    public const string ApiKeyHeaderName = "X-Api-Key";

    private const string IdempotencyKeyHeaderName = "Idempotency-Key";
    private readonly HeyGenJobStore _store;
    private readonly long _maxAssetBytes;
    private volatile bool _legacyErrorsAsHttp200;

    private HeyGenEmulator(HeyGenEmulatorOptions options)
        : base(options)
    {
        _maxAssetBytes = options.MaxAssetBytes;
        _webhookEndpoints = new HeyGenWebhookEndpointStore(TimeProvider);
        _store = new HeyGenJobStore(TimeProvider, id => PresignOutput(GetOutputUrl(id)))
        {
            PollsUntilRunning = options.PollsUntilRunning,
            PollsUntilCompleted = options.PollsUntilCompleted,
            OutputDurationSeconds = options.OutputDurationSeconds,
        };
    }

    /// <summary>How many polls move a job to <c>running</c>/<c>processing</c> (default 1).</summary>
    public int PollsUntilRunning
    {
        get => _store.PollsUntilRunning;
        set => _store.PollsUntilRunning = value;
    }

    /// <summary>How many polls finish a job (default 2; <see cref="int.MaxValue"/> for a job that never finishes).</summary>
    public int PollsUntilCompleted
    {
        get => _store.PollsUntilCompleted;
        set => _store.PollsUntilCompleted = value;
    }

    /// <summary>
    /// When true, legacy v1 errors (unknown video id, missing parameter) are sent with HTTP 200 and the error code in
    /// the body, as v1 endpoints have been seen to do. Default false (HTTP 400/404).
    /// </summary>
    public bool LegacyErrorsAsHttp200
    {
        get => _legacyErrorsAsHttp200;
        set => _legacyErrorsAsHttp200 = value;
    }

    /// <summary>Jobs actually created by <c>POST /v3/lipsyncs</c> and <c>POST /v3/videos</c> (replays and seeded jobs excluded).</summary>
    public int CreatedJobCount => _store.CreatedJobCount;

    /// <summary>
    /// Keyed requests replayed although their body differed from the first one's (HeyGen replays them and logs a warning).
    /// </summary>
    public int ReplayedWithDifferentBodyCount => _store.ReplayedWithDifferentBodyCount;

    /// <summary>Assets actually created (multipart uploads, and direct uploads once completed).</summary>
    public int UploadedAssetCount => _store.UploadedAssetCount;

    /// <summary>A snapshot of every job, in creation order.</summary>
    public IReadOnlyList<HeyGenEmulatorJob> Jobs => _store.Jobs();

    /// <summary>A snapshot of every asset.</summary>
    public IReadOnlyList<HeyGenEmulatorAsset> Assets => _store.Assets();

    /// <summary>Starts an emulator on an ephemeral loopback port.</summary>
    /// <param name="options">Settings, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop the server.</returns>
    public static Task<HeyGenEmulator> StartAsync(HeyGenEmulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(new HeyGenEmulator(options ?? new HeyGenEmulatorOptions()), cancellationToken);

    /// <summary>Scripts the next job of <paramref name="kind"/> to end <c>failed</c> with this <c>failure_code</c> and message. Calls queue up.</summary>
    /// <param name="kind">Which endpoint's next job.</param>
    /// <param name="failureCode">The failure code, e.g. <c>download_failed</c> or <c>40119</c>.</param>
    /// <param name="failureMessage">The failure message.</param>
    public void FailNextJob(HeyGenJobKind kind, string failureCode, string failureMessage)
    {
        ArgumentException.ThrowIfNullOrEmpty(failureCode);
        ArgumentNullException.ThrowIfNull(failureMessage);
        _store.EnqueueFailure(kind, failureCode, failureMessage);
    }

    /// <summary>Sets a job's status verbatim and freezes it (polls no longer move it); any string is accepted, to test unknown statuses.</summary>
    /// <param name="id">The job id.</param>
    /// <param name="status">The status.</param>
    /// <param name="failureCode">The failure code to report, if any.</param>
    /// <param name="failureMessage">The failure message to report, if any.</param>
    /// <returns>The job.</returns>
    public HeyGenEmulatorJob SetJobStatus(string id, string status, string? failureCode = null, string? failureMessage = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrEmpty(status);
        return _store.SetStatus(id, status, failureCode, failureMessage);
    }

    /// <summary>Adds a job without a request (listing tests, legacy ids); not counted in <see cref="CreatedJobCount"/>.</summary>
    /// <param name="kind">What the job is.</param>
    /// <returns>The job id.</returns>
    public string AddJob(HeyGenJobKind kind = HeyGenJobKind.Lipsync) => _store.Create(kind, request: null, key: null, counted: false);

    /// <summary>Queues one HeyGen error response for the next matching request, in the given envelope.</summary>
    /// <param name="method">The method to match, or null for any.</param>
    /// <param name="pathPrefix">The path prefix to match.</param>
    /// <param name="statusCode">The HTTP status (HeyGen often uses 400 whatever the code, or 200 on v1).</param>
    /// <param name="shape">The envelope.</param>
    /// <param name="code">The code.</param>
    /// <param name="message">The message.</param>
    /// <param name="param">The v3 <c>param</c>, if any.</param>
    /// <param name="times">How many requests get it.</param>
    public void EnqueueError(string? method, string pathPrefix, int statusCode, HeyGenErrorShape shape, string code, string message, string? param = null, int times = 1) =>
        Faults.Enqueue(method, pathPrefix, Fault.Respond(statusCode, HeyGenErrorBodies.CreateText(shape, code, message, param)), times);

    /// <summary>
    /// The URL at which a completed job's output is served: <c>{BaseAddress}outputs/{id}.mp4</c>, without the presigned
    /// query of the links in status answers (a link without it never expires).
    /// </summary>
    /// <param name="id">The job id.</param>
    /// <returns>The absolute URL.</returns>
    public string GetOutputUrl(string id) => new Uri(BaseAddress, $"outputs/{Uri.EscapeDataString(id)}.mp4").ToString();

    /// <inheritdoc />
    protected override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v3/lipsyncs", HandleCreateLipsyncAsync);
        endpoints.MapGet("/v3/lipsyncs", HandleListLipsyncsAsync);
        endpoints.MapGet("/v3/lipsyncs/{id}", HandleGetLipsyncAsync);
        endpoints.MapDelete("/v3/lipsyncs/{id}", HandleDeleteLipsyncAsync);
        endpoints.MapPatch("/v3/lipsyncs/{id}", HandleUpdateLipsyncAsync);
        endpoints.MapPost("/v3/video-translations", HandleCreateTranslationAsync);
        endpoints.MapGet("/v3/video-translations/languages", HandleTranslationLanguagesAsync);
        endpoints.MapGet("/v3/video-translations/{id}", HandleGetTranslationAsync);
        endpoints.MapPost("/v3/webhooks/endpoints", HandleCreateWebhookEndpointAsync);
        endpoints.MapGet("/v3/webhooks/endpoints", HandleListWebhookEndpointsAsync);
        endpoints.MapDelete("/v3/webhooks/endpoints/{id}", HandleDeleteWebhookEndpointAsync);
        endpoints.MapPost("/v3/webhooks/endpoints/{id}/rotate-secret", HandleRotateWebhookSecretAsync);
        endpoints.MapGet("/v3/webhooks/event-types", HandleWebhookEventTypesAsync);
        endpoints.MapPost("/v3/videos", HandleCreateVideoAsync);
        endpoints.MapGet("/v3/videos", HandleListVideosAsync);
        endpoints.MapGet("/v3/videos/{id}", HandleGetVideoAsync);
        endpoints.MapPost("/v3/assets", HandleUploadAssetAsync);
        endpoints.MapPost("/v3/assets/direct-uploads", HandleCreateDirectUploadAsync);
        endpoints.MapPost("/v3/assets/{id}/complete", HandleCompleteDirectUploadAsync);
        endpoints.MapPut("/uploads/{id}", HandlePutDirectUploadAsync);
        endpoints.MapGet("/v1/video_status.get", HandleLegacyStatusAsync);
        endpoints.MapGet("/outputs/{id}.mp4", context => ServeDefaultVideoAsync(context, _store.IsCompleted((string)context.Request.RouteValues["id"]!)));
        endpoints.MapFallback("{*path}", context => WriteV3ErrorAsync(context, 404, "not_found", $"No route for {context.Request.Method} {context.Request.Path}."));
    }

    /// <inheritdoc />
    protected override string? GetPresentedApiKey(HttpRequest request) =>
        request.Headers.TryGetValue(ApiKeyHeaderName, out var values) ? values.ToString() : null;

    /// <inheritdoc />
    protected override Task WriteUnauthorizedAsync(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase)
            ? WriteJsonAsync(context, 401, HeyGenErrorBodies.Create(HeyGenErrorShape.Legacy, "400112", "Unauthorized"))
            : WriteV3ErrorAsync(context, 401, "unauthorized", "Invalid or missing API key.");

    /// <inheritdoc />
    /// <remarks>Presigned upload URLs and output downloads carry their own signature, not the key.</remarks>
    protected override bool RequiresAuthentication(HttpRequest request) =>
        !request.Path.StartsWithSegments("/uploads", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/outputs", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (ApiKey is { } apiKey)
        {
            client.DefaultRequestHeaders.Add(ApiKeyHeaderName, apiKey);
        }
    }

    private static Task WriteV3ErrorAsync(HttpContext context, int status, string code, string message, string? param = null) =>
        WriteJsonAsync(context, status, HeyGenErrorBodies.Create(HeyGenErrorShape.V3, code, message, param));

    private static Task WriteDataAsync(HttpContext context, int status, JsonNode data) =>
        WriteJsonAsync(context, status, new JsonObject { ["data"] = data });

    private static double Unix(DateTimeOffset time) => Math.Round(time.ToUnixTimeMilliseconds() / 1000.0, 3);

    private static int? ReadLimit(HttpContext context)
    {
        var text = context.Request.Query["limit"].ToString();
        return text.Length == 0 ? 10
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= 100 ? limit
            : null;
    }
}
