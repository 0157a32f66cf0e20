using Refit;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// The Chamelaion API's wire surface as the SDK calls it (heygen-chamelaion.md), declared once and implemented by Refit's source
/// generator over the provider's handler chain. Every call carries its <see cref="CallState"/> (operation, retry safety,
/// the JSON it answers) down the chain as a request property; ids are checked with <see cref="PathSegment"/> before they
/// get here; a create also carries its <see cref="ChamelaionCreateCall"/> for <see cref="ChamelaionCreateRecovery"/>, the
/// call strategy in that chain. Paths are appended to the base address's <c>/api</c> prefix (Refit keeps a base address's path).
/// </summary>
internal interface IChamelaionApi
{
    [Post("/v1/lipsync/generate")]
    Task<GenerateResponse> Generate(
        [Body] GenerateRequest request, [Property(CallState.PropertyName)] CallState call,
        [Property(ChamelaionCreateCall.PropertyName)] ChamelaionCreateCall create, CancellationToken cancellationToken);

    /// <summary>
    /// A multipart upload (<see cref="ChamelaionMultipart"/>) that streams local media: the content given here is sent by
    /// the first attempt, and the call's <see cref="CallState.ContentFactory"/> builds it afresh for any later one. Not
    /// buffered: the provider's Refit settings buffer bodies (JSON is sent with a Content-Length), which here would read
    /// the whole media into memory before sending.
    /// </summary>
    [Post("/v1/lipsync/generate-with-media")]
    Task<GenerateResponse> GenerateWithMedia(
        [Body(buffered: false)] HttpContent content, [Property(CallState.PropertyName)] CallState call,
        [Property(ChamelaionCreateCall.PropertyName)] ChamelaionCreateCall create, CancellationToken cancellationToken);

    [Get("/v1/lipsync/requests/{id}")]
    Task<ChamelaionJob> GetRequest(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    /// <summary>A status poll: the answer's headers matter too (<c>Retry-After</c> paces the next poll).</summary>
    [Get("/v1/lipsync/requests/{id}")]
    Task<HttpResponseMessage> PollRequest(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v1/lipsync/requests")]
    Task<ChamelaionJobPage> ListRequests(
        [Query] int? limit, [Query] int? offset, [Query, AliasAs("reference_id")] string? referenceId,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v1/users/me")]
    Task<ChamelaionUser> GetCurrentUser([Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/health")]
    Task<ChamelaionHealth> GetHealth([Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);
}
