using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>The native Chamelaion client. Thread-safe; create one per application (or resolve it from DI).</summary>
public sealed class ChamelaionClient : IChamelaionClient, IDisposable
{
    private const string GeneratePath = "/v1/lipsync/generate";
    private const string GenerateWithMediaPath = "/v1/lipsync/generate-with-media";
    private const string RequestsPath = "/v1/lipsync/requests";

    private readonly ProviderTransport _transport;
    private readonly GenerationRateGate? _rateGate;
    private readonly ChamelaionCreateRecovery _recovery;

    /// <summary>Creates a stand-alone client (without dependency injection).</summary>
    /// <param name="options">The API key (or <c>CHAMELAION_API_KEY</c>), base address, retry and timeout settings.</param>
    /// <param name="chamelaionOptions">Chamelaion-only settings; null reads them from <see cref="LipSyncProviderOptions.AdditionalProperties"/>.</param>
    /// <param name="timeProvider">The clock for delays, timeouts and the rate limit; null uses the system clock.</param>
    /// <param name="loggerFactory">Where retries are logged; null logs nothing.</param>
    public ChamelaionClient(
        LipSyncProviderOptions options, ChamelaionOptions? chamelaionOptions = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(ProviderPipeline.CreateStandalone(ChamelaionProvider.Definition, options, timeProvider, loggerFactory), chamelaionOptions ?? ChamelaionOptions.FromAdditionalProperties(options.AdditionalProperties))
    {
    }

    internal ChamelaionClient(ProviderTransport transport, ChamelaionOptions options)
    {
        options.Validate();
        _transport = transport;
        _rateGate = options.LimitGenerationRate ? new GenerationRateGate(options, transport.Time) : null;
        _recovery = new ChamelaionCreateRecovery(this, transport);
    }

    /// <summary>Releases the connections of a stand-alone client (clients from DI or a factory are released by their owner).</summary>
    public void Dispose() => _transport.Dispose();

    internal ProviderTransport Transport => _transport;

    /// <summary>The generate calls waiting for the client-side rate limit (0 when it is off).</summary>
    internal long QueuedGenerateCalls => _rateGate?.QueuedCount ?? 0;

    /// <inheritdoc />
    public Task<GenerateResponse> GenerateAsync(GenerateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Inputs);
        ChamelaionRequestRules.Validate(request);
        var referenceId = ChamelaionReferenceId.Resolve(request.ReferenceId);
        var body = new GenerateRequest
        {
            Inputs = request.Inputs,
            ReferenceId = referenceId,
            DisableActiveSpeakerDetection = request.DisableActiveSpeakerDetection,
        };

        // The body is serialized once: every attempt and every re-send after a lookup sends the same bytes.
        var call = ApiRequest.WithJson(HttpMethod.Post, GeneratePath, "Generate", RequestSafety.NotIdempotent, body, ChamelaionJsonContext.Default.GenerateRequest);
        return _recovery.CreateAsync(call, referenceId, callerChoseReference: referenceId == request.ReferenceId, canResend: true, cancellationToken);
    }

    /// <inheritdoc />
    public Task<GenerateResponse> GenerateWithMediaAsync(GenerateWithMediaRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Video);
        ArgumentNullException.ThrowIfNull(request.Audio);
        ChamelaionRequestRules.Validate(request);
        var referenceId = ChamelaionReferenceId.Resolve(request.ReferenceId);

        // A non-seekable stream can be read once: such an upload is never sent twice, by the transport or by recovery.
        var canResend = request.Video.CanReopen && request.Audio.CanReopen;
        var call = ApiRequest.WithContent(
            HttpMethod.Post, GenerateWithMediaPath, "GenerateWithMedia", RequestSafety.NotIdempotent,
            () => ChamelaionMultipart.Build(request, referenceId), canRetry: canResend);
        return _recovery.CreateAsync(call, referenceId, callerChoseReference: referenceId == request.ReferenceId, canResend, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ChamelaionJob> GetRequestAsync(string idOrReferenceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrReferenceId);
        return _transport.SendAsync(
            ApiRequest.Get(RequestsPath + "/" + PathSegment.Escape(idOrReferenceId), "GetRequest"),
            ChamelaionJsonContext.Default.ChamelaionJob, cancellationToken);
    }

    /// <summary>Reads one job like <see cref="GetRequestAsync"/>, with the response's <c>Retry-After</c> hint for the next poll.</summary>
    internal Task<(ChamelaionJob Job, TimeSpan? RetryAfter)> PollRequestAsync(string idOrReferenceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrReferenceId);
        return _transport.SendAsync(
            ApiRequest.Get(RequestsPath + "/" + PathSegment.Escape(idOrReferenceId), "GetRequest"),
            async (response, ct) => (
                await _transport.ReadJsonAsync(response, ChamelaionJsonContext.Default.ChamelaionJob, ct).ConfigureAwait(false),
                PollHint.RetryAfter(response, _transport.Time)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ChamelaionJobPage> GetRequestsPageAsync(ListRequestsOptions? options = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(ApiRequest.Get(RequestsQuery(options), "ListRequests"), ChamelaionJsonContext.Default.ChamelaionJobPage, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<ChamelaionJob> ListRequestsAsync(
        ListRequestsOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = new ListRequestsOptions { Limit = options?.Limit, Offset = options?.Offset, ReferenceId = options?.ReferenceId };
        var offset = options?.Offset ?? 0;
        var progress = new PageProgress<ChamelaionJob>(ChamelaionErrorCatalog.ProviderName, "ListRequests", j => j.Id);
        while (true)
        {
            var result = await GetRequestsPageAsync(page, cancellationToken).ConfigureAwait(false);
            foreach (var job in result.Data)
            {
                yield return job;
            }

            // Offset paging: advance by what arrived (the server may cap the page size below the limit asked for).
            offset += result.Data.Count;
            var pageSize = result.Pagination?.Limit is > 0 and var applied ? applied : page.Limit;
            var done = result.Data.Count == 0
                || (result.Pagination is { } pagination ? offset >= pagination.Total : pageSize is null || result.Data.Count < pageSize);
            if (done)
            {
                yield break;
            }

            progress.Advance(result.Data, offset.ToString(CultureInfo.InvariantCulture));
            page.Offset = offset;
        }
    }

    /// <inheritdoc />
    public Task<ChamelaionUser> GetCurrentUserAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(ApiRequest.Get("/v1/users/me", "GetCurrentUser"), ChamelaionJsonContext.Default.ChamelaionUser, cancellationToken);

    /// <inheritdoc />
    public Task<ChamelaionHealth> GetHealthAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(ApiRequest.Get("/health", "GetHealth"), ChamelaionJsonContext.Default.ChamelaionHealth, cancellationToken);

    /// <summary>Waits for a permit of the opt-in client-side rate limit, before each generate request.</summary>
    internal ValueTask WaitForGenerationPermitAsync(CancellationToken cancellationToken) =>
        _rateGate?.AcquireAsync(cancellationToken) ?? ValueTask.CompletedTask;

    private static string RequestsQuery(ListRequestsOptions? options)
    {
        var query = new StringBuilder(RequestsPath);
        var separator = '?';
        void Add(string name, string value)
        {
            query.Append(separator).Append(name).Append('=').Append(value);
            separator = '&';
        }

        if (options?.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(options.Limit));
            Add("limit", limit.ToString(CultureInfo.InvariantCulture));
        }

        if (options?.Offset is { } offset)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(offset, nameof(options.Offset));
            Add("offset", offset.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(options?.ReferenceId))
        {
            Add("reference_id", Uri.EscapeDataString(options.ReferenceId));
        }

        return query.ToString();
    }
}
