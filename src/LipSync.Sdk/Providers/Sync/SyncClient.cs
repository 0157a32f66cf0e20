using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>The native Sync (sync.so) client. Thread-safe; create one per application (or resolve it from DI).</summary>
public sealed partial class SyncClient : ISyncClient, IDisposable
{
    private const int DefaultPageSize = 100;
    private readonly ProviderChannel _connection;
    private readonly ISyncApi _api;

    /// <summary>Creates a stand-alone client (without dependency injection).</summary>
    /// <param name="options">The API key (or <c>SYNC_API_KEY</c>), base address, retry and timeout settings.</param>
    /// <param name="timeProvider">The clock for delays and timeouts; null uses the system clock.</param>
    /// <param name="loggerFactory">Where retries are logged; null logs nothing.</param>
    public SyncClient(LipSyncProviderOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        _connection = ProviderPipeline.CreateStandalone(SyncProvider.Definition, options, timeProvider, loggerFactory);
        _api = Refit.RestService.ForGenerated<ISyncApi>(_connection.Http, SyncProvider.RefitSettings);
    }

    internal SyncClient(ProviderChannel connection)
    {
        _connection = connection;
        _api = Refit.RestService.ForGenerated<ISyncApi>(connection.Http, SyncProvider.RefitSettings);
    }

    /// <summary>Releases the connections of a stand-alone client (clients from DI or a factory are released by their owner).</summary>
    public void Dispose() => _connection.Dispose();

    internal ProviderChannel Connection => _connection;

    /// <inheritdoc />
    public Task<Generation> CreateGenerationAsync(CreateGenerationRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        SyncRequestRules.Validate(request);
        idempotencyKey = SyncIdempotencyKey.Resolve(idempotencyKey);
        var call = Call("CreateGeneration", RequestSafety.IdempotencyKeyed, SyncJsonContext.Default.Generation);
        return Read(_api.CreateGeneration(request, idempotencyKey, call, cancellationToken), call);
    }

    /// <inheritdoc />
    public Task<Generation> GetGenerationAsync(string generationId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(generationId);
        var call = Call("GetGeneration", RequestSafety.Idempotent, SyncJsonContext.Default.Generation);
        return Read(_api.GetGeneration(id, call, cancellationToken), call);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Generation>> GetGenerationsPageAsync(ListGenerationsOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (options?.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(options.Limit));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100, nameof(options.Limit));
        }

        // Documented as comma-separated lists (the official TS SDK sends JSON arrays instead).
        var call = Call("ListGenerations", RequestSafety.Idempotent, SyncJsonContext.Default.ListGeneration);
        return await Read(
            _api.ListGenerations(
                Join(options?.Statuses), Join(options?.Ids), NullIfEmpty(options?.ProjectId), options?.Limit, NullIfEmpty(options?.Cursor), call, cancellationToken),
            call).ConfigureAwait(false);
    }

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
    public async Task<IReadOnlyList<ModelInfo>> ListModelsAsync(CancellationToken cancellationToken = default)
    {
        var call = Call("ListModels", RequestSafety.Idempotent, SyncJsonContext.Default.ListModelInfo);
        return await Read(_api.ListModels(call, cancellationToken), call).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EstimatedGenerationCost>> EstimateCostAsync(CreateGenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Pricing creates nothing, so it is as safe to retry as a read.
        var call = Call("EstimateCost", RequestSafety.Idempotent, SyncJsonContext.Default.ListEstimatedGenerationCost);
        return await Read(_api.EstimateCost(request, call, cancellationToken), call).ConfigureAwait(false);
    }

    private static CallState Call(string operation, RequestSafety safety, System.Text.Json.Serialization.Metadata.JsonTypeInfo? responseType = null) =>
        new(operation, safety) { ResponseType = responseType };

    private static Task<T> Read<T>(Task<T> call, CallState state) => ApiResults.ReadAsync(call, state, SyncErrorCatalog.ProviderName);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? Join(IList<string>? values) =>
        values is { Count: > 0 } ? string.Join(',', values) : null;
}
