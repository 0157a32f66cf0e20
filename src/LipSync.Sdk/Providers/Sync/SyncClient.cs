using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>The native Sync (sync.so) client. Thread-safe; create one per application (or resolve it from DI).</summary>
public sealed partial class SyncClient : ISyncClient, IDisposable
{
    private const int DefaultPageSize = 100;
    private readonly ProviderTransport _transport;

    /// <summary>Creates a stand-alone client (without dependency injection).</summary>
    /// <param name="options">The API key (or <c>SYNC_API_KEY</c>), base address, retry and timeout settings.</param>
    /// <param name="timeProvider">The clock for delays and timeouts; null uses the system clock.</param>
    /// <param name="loggerFactory">Where retries are logged; null logs nothing.</param>
    public SyncClient(LipSyncProviderOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        _transport = ProviderPipeline.CreateStandalone(SyncProvider.Definition, options, timeProvider, loggerFactory);
    }

    internal SyncClient(ProviderTransport transport) => _transport = transport;

    /// <summary>Releases the connections of a stand-alone client (clients from DI or a factory are released by their owner).</summary>
    public void Dispose() => _transport.Dispose();

    internal ProviderTransport Transport => _transport;

    /// <inheritdoc />
    public Task<Generation> CreateGenerationAsync(CreateGenerationRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        SyncRequestRules.Validate(request);
        idempotencyKey ??= Guid.NewGuid().ToString("N");
        SyncIdempotencyKey.Validate(idempotencyKey);
        var call = ApiRequest
            .WithJson(HttpMethod.Post, "/v2/generate", "CreateGeneration", RequestSafety.IdempotencyKeyed, request, SyncJsonContext.Default.CreateGenerationRequest)
            .WithHeader("Idempotency-Key", idempotencyKey);
        return _transport.SendAsync(call, SyncJsonContext.Default.Generation, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Generation> GetGenerationAsync(string generationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(generationId);
        return _transport.SendAsync(
            ApiRequest.Get("/v2/generate/" + Uri.EscapeDataString(generationId), "GetGeneration"),
            SyncJsonContext.Default.Generation, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Generation>> GetGenerationsPageAsync(ListGenerationsOptions? options = null, CancellationToken cancellationToken = default) =>
        await _transport.SendAsync(ApiRequest.Get(GenerationsQuery(options), "ListGenerations"), SyncJsonContext.Default.ListGeneration, cancellationToken)
            .ConfigureAwait(false);

    /// <inheritdoc />
    public async IAsyncEnumerable<Generation> ListGenerationsAsync(
        ListGenerationsOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = new ListGenerationsOptions
        {
            Statuses = options?.Statuses,
            Ids = options?.Ids,
            ProjectId = options?.ProjectId,
            Limit = options?.Limit ?? DefaultPageSize,
            Cursor = options?.Cursor,
        };

        var progress = new PageProgress<Generation>(SyncErrorCatalog.ProviderName, "ListGenerations", g => g.Id, page.Cursor);
        while (true)
        {
            var items = await GetGenerationsPageAsync(page, cancellationToken).ConfigureAwait(false);
            foreach (var item in items)
            {
                yield return item;
            }

            // Sync returns a bare array with no "next" marker: a short page is the last one.
            if (items.Count < page.Limit || items.Count == 0)
            {
                yield break;
            }

            progress.Advance(items, items[^1].Id);
            page.Cursor = items[^1].Id;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ModelInfo>> ListModelsAsync(CancellationToken cancellationToken = default) =>
        await _transport.SendAsync(ApiRequest.Get("/v2/models", "ListModels"), SyncJsonContext.Default.ListModelInfo, cancellationToken)
            .ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<EstimatedGenerationCost>> EstimateCostAsync(CreateGenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Pricing creates nothing, so it is as safe to retry as a read.
        var call = ApiRequest.WithJson(
            HttpMethod.Post, "/v2/analyze/cost", "EstimateCost", RequestSafety.Idempotent, request, SyncJsonContext.Default.CreateGenerationRequest);
        return await _transport.SendAsync(call, SyncJsonContext.Default.ListEstimatedGenerationCost, cancellationToken).ConfigureAwait(false);
    }

    private static string GenerationsQuery(ListGenerationsOptions? options)
    {
        var query = new StringBuilder("/v2/generations");
        var separator = '?';
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(separator).Append(name).Append('=').Append(value);
                separator = '&';
            }
        }

        // Documented as comma-separated lists (the official TS SDK sends JSON arrays instead).
        Add("status", Join(options?.Statuses));
        Add("ids", Join(options?.Ids));
        Add("projectId", options?.ProjectId is { } project ? Uri.EscapeDataString(project) : null);
        if (options?.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(options.Limit));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100, nameof(options.Limit));
            Add("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Add("cursor", options?.Cursor is { } cursor ? Uri.EscapeDataString(cursor) : null);
        return query.ToString();
    }

    private static string? Join(IList<string>? values) =>
        values is { Count: > 0 } ? string.Join(',', values.Select(Uri.EscapeDataString)) : null;
}
