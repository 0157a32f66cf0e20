namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// The native Sync (sync.so) API: every call maps to one documented endpoint with Sync's own models, through the
/// SDK's connection (retries, timeouts, error taxonomy).
/// </summary>
public partial interface ISyncClient
{
    /// <summary>
    /// <c>POST /v2/generate</c>: creates a generation. An <c>Idempotency-Key</c> is always sent — the caller's, or one
    /// generated for this call — and reused on every retry, so a retried create never starts a second paid job.
    /// </summary>
    /// <param name="request">The generation to create.</param>
    /// <param name="idempotencyKey">1–128 characters of <c>[A-Za-z0-9._~-]</c>; null generates one for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The generation, normally <c>PENDING</c>.</returns>
    /// <exception cref="LipSyncException">Sync rejected the request or could not be reached.</exception>
    Task<Generation> CreateGenerationAsync(CreateGenerationRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v2/generate/{id}</c>: reads a generation.</summary>
    /// <param name="generationId">The generation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The generation. A failed one is returned, not thrown: check <see cref="Generation.Status"/>.</returns>
    /// <exception cref="LipSyncException">Not found, or Sync could not be reached.</exception>
    Task<Generation> GetGenerationAsync(string generationId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v2/generations</c>: one page of generations (newest first when a limit is set).</summary>
    /// <param name="options">Filters, page size and cursor.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<IReadOnlyList<Generation>> GetGenerationsPageAsync(ListGenerationsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /v2/generations</c>, all pages: follows Sync's cursor (the id of the last generation of a page) until a
    /// page comes back shorter than the page size.
    /// </summary>
    /// <param name="options">Filters and page size (default 100); the cursor is where to start.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The generations.</returns>
    IAsyncEnumerable<Generation> ListGenerationsAsync(ListGenerationsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v2/models</c>: the models available to the account.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The models.</returns>
    Task<IReadOnlyList<ModelInfo>> ListModelsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>POST /v2/analyze/cost</c>: estimates what a generation would cost, without creating it.</summary>
    /// <param name="request">The generation to price.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The estimates.</returns>
    Task<IReadOnlyList<EstimatedGenerationCost>> EstimateCostAsync(CreateGenerationRequest request, CancellationToken cancellationToken = default);
}
