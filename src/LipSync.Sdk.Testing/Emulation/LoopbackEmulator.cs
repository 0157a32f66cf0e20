using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Testing;

/// <summary>
/// Base class for provider emulators: a real Kestrel server on <c>http://127.0.0.1:{port}</c> (ephemeral unless
/// <see cref="LoopbackEmulatorOptions.Port"/> is set), so the SDK
/// under test goes through its real <see cref="HttpClient"/> stack (sockets, timeouts, connection failures). It
/// records every request, applies scripted <see cref="Faults"/> and checks the API key; subclasses map the provider's
/// endpoints.
/// </summary>
/// <remarks>
/// Request pipeline: record the request (body included) → apply the next matching fault, if any → check the API
/// key (<see cref="GetPresentedApiKey"/>, <see cref="WriteUnauthorizedAsync"/>) → provider endpoint. Server logging
/// is switched off so test output stays clean; exceptions thrown by endpoints are answered with a 500 and kept in
/// <see cref="UnhandledExceptions"/>. All members are thread-safe.
/// </remarks>
public abstract partial class LoopbackEmulator : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<Exception> _unhandledExceptions = [];

    // Cancelled on dispose so stalled and long-polling requests end at once instead of holding up shutdown.
    private readonly CancellationTokenSource _stopping = new();
    private volatile string? _apiKey;
    private volatile bool _recordBodies;
    private readonly int _port;
    private WebApplication? _app;
    private Uri? _baseAddress;
    private int _disposed;
    private long _outputLinkLifetimeTicks;

    /// <summary>Initializes the shared state; the server starts in <see cref="StartServerAsync"/>.</summary>
    /// <param name="options">Shared settings, or <see langword="null"/> for the defaults.</param>
    protected LoopbackEmulator(LoopbackEmulatorOptions? options)
    {
        options ??= new LoopbackEmulatorOptions();
        _apiKey = options.ApiKey;
        _recordBodies = options.RecordBodies;
        _port = options.Port is >= 0 and <= IPEndPoint.MaxPort
            ? options.Port
            : throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be 0 (a free port) or 1 to 65535.");
        TimeProvider = options.TimeProvider ?? TimeProvider.System;
        OutputLinkLifetime = options.OutputLinkLifetime;
    }

    /// <summary>The root address of the running server, e.g. <c>http://127.0.0.1:51234/</c> (always ends with <c>/</c>).</summary>
    /// <exception cref="InvalidOperationException">The server has not been started.</exception>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The emulator has not been started.");

    /// <summary>
    /// The base address to give the SDK (<c>BaseAddress</c> of the provider's options): <see cref="BaseAddress"/> plus the
    /// path prefix the real API has, e.g. <c>…/api</c> for Chamelaion and <c>…/api/v1</c> for AudioSpliter. Every emulator
    /// has it, so one rule holds for all: point the SDK at <see cref="ApiBaseAddress"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The server has not been started.</exception>
    public Uri ApiBaseAddress => ApiPath.Length == 0 ? BaseAddress : new Uri(BaseAddress, ApiPath);

    /// <summary>The path prefix of the provider's API below the server root, without slashes (empty when the API is at the root).</summary>
    protected virtual string ApiPath => string.Empty;

    /// <summary>
    /// The message of a 404 for an unknown route: when the path lies outside <see cref="ApiPath"/>, it says so and names
    /// the address to use, since the usual cause is an SDK pointed at <see cref="BaseAddress"/> instead of <see cref="ApiBaseAddress"/>.
    /// </summary>
    /// <param name="request">The request no route matched.</param>
    /// <param name="message">The provider's own not-found message.</param>
    /// <returns>The message to send.</returns>
    protected string NotFoundMessage(HttpRequest request, string message)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ApiPath.Length == 0 || request.Path.StartsWithSegments("/" + ApiPath, StringComparison.OrdinalIgnoreCase)
            ? message
            : $"{message} ({request.Method} {request.Path} is outside this emulator's API, which is under /{ApiPath}/: set the provider's BaseAddress to {ApiBaseAddress})";
    }

    /// <summary>The API key the emulator accepts, or <see langword="null"/> to accept every request. Can be changed at any time.</summary>
    public string? ApiKey
    {
        get => _apiKey;
        set => _apiKey = value;
    }

    /// <summary>Whether request bodies are kept in <see cref="RecordedRequest.Body"/>; see <see cref="LoopbackEmulatorOptions.RecordBodies"/>.</summary>
    public bool RecordBodies
    {
        get => _recordBodies;
        set => _recordBodies = value;
    }

    /// <summary>The clock used for server-side timestamps.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The scripted faults; enqueue before the request under test is sent.</summary>
    public FaultScript Faults { get; } = new();

    /// <summary>A snapshot of every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_lock) { return _requests.ToArray(); } }
    }

    /// <summary>A snapshot of exceptions thrown by endpoint code (emulator bugs); a healthy run leaves it empty.</summary>
    public IReadOnlyList<Exception> UnhandledExceptions
    {
        get { lock (_lock) { return _unhandledExceptions.ToArray(); } }
    }

    /// <summary>Returns the recorded requests with the given method whose path starts with <paramref name="pathPrefix"/>.</summary>
    /// <param name="method">The HTTP method (case-insensitive).</param>
    /// <param name="pathPrefix">The path prefix (case-insensitive), e.g. <c>"/v2/generate"</c>.</param>
    /// <returns>The matching requests, in arrival order.</returns>
    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathPrefix)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        return Requests
            .Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)
                && r.Path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase))
            .ToArray();
    }

    /// <summary>Forgets the recorded requests, e.g. after the arrange phase of a test.</summary>
    public void ClearRequests()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }

    /// <summary>
    /// Creates an <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is <see cref="BaseAddress"/>,
    /// configured by <see cref="ConfigureClient"/> (e.g. with the API key header). The caller disposes it.
    /// </summary>
    /// <returns>A new client.</returns>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        ConfigureClient(client);
        return client;
    }

    /// <summary>Stops the server, ending stalled requests, and releases it.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await DisposeAsyncCore().ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_app is { } app)
        {
            try
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }

        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Starts <paramref name="emulator"/> and returns it; if the start fails, the emulator is disposed before the
    /// exception propagates. Every emulator's static <c>StartAsync</c> is this one call.
    /// </summary>
    /// <typeparam name="TEmulator">The emulator type.</typeparam>
    /// <param name="emulator">A constructed, not yet started emulator.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    protected static async Task<TEmulator> StartAsync<TEmulator>(TEmulator emulator, CancellationToken cancellationToken)
        where TEmulator : LoopbackEmulator
    {
        ArgumentNullException.ThrowIfNull(emulator);
        try
        {
            await emulator.StartServerAsync(cancellationToken).ConfigureAwait(false);
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Starts Kestrel on the loopback port of <see cref="LoopbackEmulatorOptions.Port"/> (default: an ephemeral one)
    /// and maps the subclass's endpoints. Call once.
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the server accepts connections and <see cref="BaseAddress"/> is set.</returns>
    /// <exception cref="InvalidOperationException">The server was already started.</exception>
    protected async Task StartServerAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_app is not null)
        {
            throw new InvalidOperationException("The emulator has already been started.");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(LoopbackEmulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Isolate the emulator from the test process: no appsettings/environment Kestrel endpoints, no log noise.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));

        // Never the console lifetime: the process's Ctrl+C and SIGTERM belong to its owner, not to an emulator in it.
        builder.Services.AddSingleton<IHostLifetime, DetachedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, _port, listen => listen.Use(next => connection =>
            {
                // Lets Fault.CloseDuringHeaders cut a response head, which HttpContext cannot reach.
                var transport = new HeadCuttingDuplexPipe(connection.Transport);
                connection.Transport = transport;
                connection.Items[typeof(HeadCuttingPipeWriter)] = transport.Writer;
                return next(connection);
            }));
            kestrel.AddServerHeader = false;

            // Upload tests may send far more than Kestrel's 30 MB default.
            kestrel.Limits.MaxRequestBodySize = null;
        });

        var app = builder.Build();
        try
        {
            app.Use(HandleRequestAsync);
            MapEndpoints(app);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            var address = app.Services.GetRequiredService<IServer>().Features
                .GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            _baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
            _app = app;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Maps the provider's endpoints (the path routing runs after recording, faults and authentication).</summary>
    /// <param name="endpoints">The route builder of the server.</param>
    protected abstract void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Reads the API key the client presented (e.g. the <c>x-api-key</c> header), or <see langword="null"/> when none.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The presented key, compared ordinally with <see cref="ApiKey"/>.</returns>
    protected abstract string? GetPresentedApiKey(HttpRequest request);

    /// <summary>Writes the provider's 401 response.</summary>
    /// <param name="context">The request context.</param>
    /// <returns>A task that completes when the response is written.</returns>
    protected abstract Task WriteUnauthorizedAsync(HttpContext context);

    /// <summary>Whether the request needs the API key (default: every request). Override to exempt e.g. download URLs.</summary>
    /// <param name="request">The request.</param>
    /// <returns><see langword="true"/> when the API key is checked.</returns>
    protected virtual bool RequiresAuthentication(HttpRequest request) => true;

    /// <summary>Applies emulator-specific defaults to clients made by <see cref="CreateClient"/> (default: none).</summary>
    /// <param name="client">The new client.</param>
    protected virtual void ConfigureClient(HttpClient client)
    {
    }

    /// <summary>Releases subclass resources; called by <see cref="DisposeAsync"/> before the server stops.</summary>
    /// <returns>A task that completes when the resources are released.</returns>
    protected virtual ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;

    private async Task HandleRequestAsync(HttpContext context, RequestDelegate next)
    {
        // From here on RequestAborted also fires when the emulator stops, so handlers only need to watch that token.
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        context.RequestAborted = aborted.Token;

        var request = context.Request;
        var fault = Faults.TryTake(request.Method, request.Path.Value ?? "/");
        var counter = _recordBodies ? null : new BodyByteCounter();
        var (body, bodyComplete) = counter is null ? await ReadBodyAsync(context).ConfigureAwait(false) : ([], true);
        var recorded = Record(context, body, counter, fault);
        if (!bodyComplete)
        {
            context.Abort();
            return;
        }

        request.Body = counter is null ? new MemoryStream(body, writable: false) : new CountingReadStream(request.Body, counter);
        try
        {
            if (fault is null)
            {
                await ProcessAsync(context, next).ConfigureAwait(false);
            }
            else
            {
                await FaultExecutor.ApplyAsync(context, fault, recorded.ResponseCounter, () => ProcessAsync(context, next)).ConfigureAwait(false);
            }

            if (counter is not null && !context.RequestAborted.IsCancellationRequested)
            {
                // Count what the handler did not read, so BodyLength is final when the response completes.
                await request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client hung up, a fault stalled until it did, or the emulator is stopping.
            context.Abort();
        }
        catch (Exception exception)
        {
            lock (_lock)
            {
                _unhandledExceptions.Add(exception);
            }

            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }

            context.Response.Clear();
            await WriteJsonAsync(context, StatusCodes.Status500InternalServerError, new System.Text.Json.Nodes.JsonObject
            {
                ["statusCode"] = 500,
                ["message"] = $"Emulator error: {exception.GetType().Name}: {exception.Message}",
                ["error"] = "Internal Server Error",
            }).ConfigureAwait(false);
        }
    }

    private async Task ProcessAsync(HttpContext context, RequestDelegate next)
    {
        var apiKey = _apiKey;
        if (apiKey is not null
            && RequiresAuthentication(context.Request)
            && !string.Equals(GetPresentedApiKey(context.Request), apiKey, StringComparison.Ordinal))
        {
            await WriteUnauthorizedAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    // Reads the whole body; a client that hangs up mid-upload yields what arrived and Complete = false.
    private static async Task<(byte[] Body, bool Complete)> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            return (buffer.ToArray(), true);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or BadHttpRequestException)
        {
            return (buffer.ToArray(), false);
        }
    }

    private RecordedRequest Record(HttpContext context, byte[] body, BodyByteCounter? counter, Fault? fault)
    {
        var request = context.Request;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = string.Join(", ", values.ToArray());
        }

        var recorded = new RecordedRequest(
            request.Method,
            request.Path.Value ?? "/",
            request.QueryString.Value ?? string.Empty,
            headers,
            body,
            counter,
            TimeProvider.GetUtcNow(),
            fault);
        lock (_lock)
        {
            _requests.Add(recorded);
            ReleaseWaiters(recorded);
        }

        return recorded;
    }
}
