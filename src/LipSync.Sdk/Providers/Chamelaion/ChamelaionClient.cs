using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>The native Chamelaion client. Thread-safe; create one per application (or resolve it from DI).</summary>
public sealed class ChamelaionClient : IChamelaionClient, IDisposable
{
    private readonly ProviderChannel _connection;
    private readonly IChamelaionApi _api;
    private readonly GenerationRateGate? _rateGate;

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

    internal ChamelaionClient(ProviderChannel connection, ChamelaionOptions options)
    {
        options.Validate();
        _connection = connection;
        _api = Refit.RestService.ForGenerated<IChamelaionApi>(connection.Http, ChamelaionProvider.RefitSettings);
        _rateGate = options.LimitGenerationRate ? new GenerationRateGate(options, connection.Time) : null;
    }

    /// <summary>Releases the connections of a stand-alone client (clients from DI or a factory are released by their owner).</summary>
    public void Dispose() => _connection.Dispose();

    internal ProviderChannel Connection => _connection;

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

        // Every attempt and every re-send after a lookup (ChamelaionCreateRecovery, in the handler chain) sends the same
        // body: Refit serializes it into a buffer once.
        var call = Call("Generate", RequestSafety.NotIdempotent, ChamelaionJsonContext.Default.GenerateResponse);
        return CreatedAsync(_api.Generate(body, call, Create(referenceId, request.ReferenceId), cancellationToken), call, referenceId);
    }

    /// <inheritdoc />
    public Task<GenerateResponse> GenerateWithMediaAsync(GenerateWithMediaRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Video);
        ArgumentNullException.ThrowIfNull(request.Audio);
        ChamelaionRequestRules.Validate(request);
        var referenceId = ChamelaionReferenceId.Resolve(request.ReferenceId);

        // Each attempt after the first builds the form again, reopening the media (CallState.ContentFactory). A
        // non-seekable stream can be read once: such an upload is never sent twice, by the retry strategy or by recovery.
        HttpContent Form() => ChamelaionMultipart.Build(request, referenceId);
        var call = new CallState("GenerateWithMedia", RequestSafety.NotIdempotent)
        {
            ResponseType = ChamelaionJsonContext.Default.GenerateResponse,
            ContentFactory = Form,
            CanRetry = request.Video.CanReopen && request.Audio.CanReopen,
        };
        return CreatedAsync(_api.GenerateWithMedia(Form(), call, Create(referenceId, request.ReferenceId), cancellationToken), call, referenceId);
    }

    /// <inheritdoc />
    public Task<ChamelaionJob> GetRequestAsync(string idOrReferenceId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(idOrReferenceId);
        var call = Call("GetRequest", RequestSafety.Idempotent, ChamelaionJsonContext.Default.ChamelaionJob);
        return Read(_api.GetRequest(id, call, cancellationToken), call);
    }

    /// <summary>Reads one job like <see cref="GetRequestAsync"/>, with the response's <c>Retry-After</c> hint for the next poll.</summary>
    internal async Task<(ChamelaionJob Job, TimeSpan? RetryAfter)> PollRequestAsync(string idOrReferenceId, CancellationToken cancellationToken)
    {
        var id = PathSegment.Id(idOrReferenceId);
        var call = Call("GetRequest", RequestSafety.Idempotent, ChamelaionJsonContext.Default.ChamelaionJob);
        using var response = await Read(_api.PollRequest(id, call, cancellationToken), call).ConfigureAwait(false);
        var job = await _connection.ReadJsonAsync(response, ChamelaionJsonContext.Default.ChamelaionJob, cancellationToken).ConfigureAwait(false);
        return (job, PollHint.RetryAfter(response, _connection.Time));
    }

    /// <inheritdoc />
    public Task<ChamelaionJobPage> GetRequestsPageAsync(ListRequestsOptions? options = null, CancellationToken cancellationToken = default) =>
        PageAsync(options, parent: null, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ChamelaionJob> ListRequestsAsync(ListRequestsOptions? options = null, CancellationToken cancellationToken = default) =>
        ListAsync(options, parent: null, cancellationToken);

    /// <inheritdoc />
    public Task<ChamelaionUser> GetCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        var call = Call("GetCurrentUser", RequestSafety.Idempotent, ChamelaionJsonContext.Default.ChamelaionUser);
        return Read(_api.GetCurrentUser(call, cancellationToken), call);
    }

    /// <inheritdoc />
    public Task<ChamelaionHealth> GetHealthAsync(CancellationToken cancellationToken = default)
    {
        var call = Call("GetHealth", RequestSafety.Idempotent, ChamelaionJsonContext.Default.ChamelaionHealth);
        return Read(_api.GetHealth(call, cancellationToken), call);
    }

    private ChamelaionCreateCall Create(string referenceId, string? callerReference) => new()
    {
        ReferenceId = referenceId,
        CallerChoseReference = referenceId == callerReference,
        RateGate = _rateGate,
        FindByReference = (reference, create, ct) => ListAsync(new ListRequestsOptions { ReferenceId = reference }, create, ct),
    };

    private static async Task<GenerateResponse> CreatedAsync(Task<GenerateResponse> send, CallState call, string referenceId)
    {
        var response = await Read(send, call).ConfigureAwait(false);
        response.ReferenceId = referenceId;
        return response;
    }

    private Task<ChamelaionJobPage> PageAsync(ListRequestsOptions? options, CallState? parent, CancellationToken cancellationToken)
    {
        if (options?.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(options.Limit));
        }

        if (options?.Offset is { } offset)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(offset, nameof(options.Offset));
        }

        // A lookup made for a create (parent) spends the create's total budget.
        var call = new CallState("ListRequests", RequestSafety.Idempotent) { ResponseType = ChamelaionJsonContext.Default.ChamelaionJobPage, Parent = parent };
        var reference = string.IsNullOrEmpty(options?.ReferenceId) ? null : options.ReferenceId;
        return Read(_api.ListRequests(options?.Limit, options?.Offset, reference, call, cancellationToken), call);
    }

    private async IAsyncEnumerable<ChamelaionJob> ListAsync(
        ListRequestsOptions? options, CallState? parent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = new ListRequestsOptions { Limit = options?.Limit, Offset = options?.Offset, ReferenceId = options?.ReferenceId };
        var offset = options?.Offset ?? 0;
        var progress = new PageProgress<ChamelaionJob>(ChamelaionErrorCatalog.ProviderName, "ListRequests", j => j.Id);
        while (true)
        {
            var result = await PageAsync(page, parent, cancellationToken).ConfigureAwait(false);
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

    private static CallState Call(string operation, RequestSafety safety, JsonTypeInfo responseType) =>
        new(operation, safety) { ResponseType = responseType };

    private static Task<T> Read<T>(Task<T> call, CallState state) => ApiResults.ReadAsync(call, state, ChamelaionErrorCatalog.ProviderName);
}
