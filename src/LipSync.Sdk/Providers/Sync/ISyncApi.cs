using Refit;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// The Sync API's wire surface as the SDK calls it (sync.md), declared once and implemented by Refit's source generator
/// over the provider's handler chain. Every call carries its <see cref="CallState"/> (operation, retry safety, the JSON
/// it answers) down the chain as a request property; ids are checked with <see cref="PathSegment"/> before they get here.
/// </summary>
internal interface ISyncApi
{
    [Post("/v2/generate")]
    Task<Generation> CreateGeneration(
        [Body] CreateGenerationRequest request, [Header("Idempotency-Key")] string idempotencyKey,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v2/generate/{id}")]
    Task<Generation> GetGeneration(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    /// <summary>A status poll: the answer's headers matter too (<c>Retry-After</c> paces the next poll).</summary>
    [Get("/v2/generate/{id}")]
    Task<HttpResponseMessage> PollGeneration(
        string id, [Query] string? wait, [Query] int? timeout, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v2/generations")]
    Task<List<Generation>> ListGenerations(
        [Query] string? status, [Query] string? ids, [Query] string? projectId, [Query] int? limit, [Query] string? cursor,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Delete("/v2/generations/{id}")]
    Task<Generation> DeleteGeneration(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    /// <summary>Answers <c>text/plain</c>: an unquoted URL.</summary>
    [Get("/v2/generations/{id}/download")]
    Task<HttpResponseMessage> GetGenerationDownloadUrl(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v2/models")]
    Task<List<ModelInfo>> ListModels([Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("/v2/analyze/cost")]
    Task<List<EstimatedGenerationCost>> EstimateCost(
        [Body] CreateGenerationRequest request, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("/v2/assets/upload")]
    Task<AssetUpload> CreateAssetUpload(
        [Body] CreateAssetUploadRequest request, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("/v2/assets")]
    Task<SyncAsset> RegisterAsset([Body] RegisterAssetRequest request, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    /// <summary>
    /// Multipart: the JSONL file and the form fields, built by the caller; attempts after the first send the body
    /// <see cref="CallState.ContentFactory"/> builds again.
    /// </summary>
    [Post("/v2/batch")]
    Task<Batch> CreateBatch([Body] HttpContent form, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    /// <summary>
    /// A batch's result file at the <c>outputUrl</c> the batch reports (on the API, so with the key; the key handler keeps
    /// it off any other host): the API answers 302 to a signed file, or the file itself. Not read inside the attempt.
    /// </summary>
    [Get("")]
    Task<HttpResponseMessage> GetBatchResult([Url] Uri outputUrl, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v2/batch/{id}")]
    Task<Batch> GetBatch(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v2/batch")]
    Task<List<Batch>> ListBatches(
        [Query] string? status, [Query, AliasAs("created_after")] string? createdAfter, [Query, AliasAs("created_before")] string? createdBefore,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v2/assets")]
    Task<AssetPage> ListAssets(
        [Query] string? projectId, [Query] int? limit, [Query] string? cursor, [Query] string? searchQuery, [Query] string? sortBy,
        [Query] string? types, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v2/assets/{id}")]
    Task<SyncAsset> GetAsset(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Delete("/v2/assets/{id}")]
    Task<HttpResponseMessage> DeleteAsset(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    /// <summary>Answers <c>text/plain</c>: an unquoted URL.</summary>
    [Get("/v2/assets/{id}/download")]
    Task<HttpResponseMessage> GetAssetDownloadUrl(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);
}
