using System.Text.Json;
using Refit;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// HeyGen's wire surface as the SDK calls it (API v3, plus the v1 status read), declared once and implemented by Refit's
/// source generator over the provider's handler chain. Every call carries its <see cref="CallState"/> (operation, retry
/// safety, the JSON it answers) down the chain as a request property; ids are checked with <see cref="PathSegment"/>
/// before they get here (Refit escapes them). Keyed calls take their <c>Idempotency-Key</c> resolved once per logical
/// call, so every attempt sends the same one.
/// </summary>
internal interface IHeyGenApi
{
    [Post("/v3/lipsyncs")]
    Task<HeyGenData<LipsyncCreated>> CreateLipsync(
        [Body] CreateLipsyncRequest request, [Header(HeyGenIdempotencyKey.HeaderName)] string idempotencyKey,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v3/lipsyncs/{id}")]
    Task<HeyGenData<Lipsync>> GetLipsync(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    /// <summary>A status poll: the answer's headers matter too (<c>Retry-After</c> paces the next poll).</summary>
    [Get("/v3/lipsyncs/{id}")]
    Task<HttpResponseMessage> PollLipsync(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v3/lipsyncs")]
    Task<HeyGenPage<Lipsync>> ListLipsyncs(
        [Query] int? limit, [Query] string? token, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Patch("/v3/lipsyncs/{id}")]
    Task<HeyGenData<Lipsync>> UpdateLipsync(
        string id, [Body] UpdateLipsyncRequest request, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Delete("/v3/lipsyncs/{id}")]
    Task<HeyGenData<LipsyncDeleted>> DeleteLipsync(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("/v3/videos")]
    Task<HeyGenData<VideoCreated>> CreateVideo(
        [Body] CreateVideoRequest request, [Header(HeyGenIdempotencyKey.HeaderName)] string idempotencyKey,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v3/videos/{id}")]
    Task<HeyGenData<Video>> GetVideo(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v3/videos")]
    Task<HeyGenPage<Video>> ListVideos(
        [Query] int? limit, [Query] string? token, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    /// <summary>
    /// A multipart upload streamed from local media: the first attempt's form is passed here, later attempts rebuild it
    /// from <see cref="CallState.ContentFactory"/>. Not buffered by Refit (the file would be read whole into memory before
    /// the handler chain, outside any attempt).
    /// </summary>
    [Post("/v3/assets")]
    Task<HeyGenData<HeyGenAsset>> UploadAsset(
        [Body(buffered: false)] HttpContent content, [Header(HeyGenIdempotencyKey.HeaderName)] string idempotencyKey,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("/v3/assets/direct-uploads")]
    Task<HeyGenData<DirectUpload>> CreateDirectUpload(
        [Body] CreateDirectUploadRequest request, [Header(HeyGenIdempotencyKey.HeaderName)] string idempotencyKey,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("/v3/assets/{id}/complete")]
    Task<HeyGenData<HeyGenAsset>> CompleteDirectUpload(
        string id, [Header(HeyGenIdempotencyKey.HeaderName)] string idempotencyKey,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v1/video_status.get")]
    Task<HeyGenLegacyEnvelope<LegacyVideoStatus>> GetLegacyVideoStatus(
        [Query, AliasAs("video_id")] string videoId, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("/v3/video-translations")]
    Task<HeyGenData<VideoTranslationsCreated>> CreateVideoTranslation(
        [Body] CreateVideoTranslationRequest request, [Header(HeyGenIdempotencyKey.HeaderName)] string idempotencyKey,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v3/video-translations/{id}")]
    Task<HeyGenData<VideoTranslation>> GetVideoTranslation(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v3/video-translations/languages")]
    Task<HeyGenData<VideoTranslationLanguages>> GetVideoTranslationLanguages([Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("/v3/webhooks/endpoints")]
    Task<HeyGenData<HeyGenWebhookEndpoint>> CreateWebhookEndpoint(
        [Body] CreateWebhookEndpointRequest request, [Header(HeyGenIdempotencyKey.HeaderName)] string idempotencyKey,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v3/webhooks/endpoints")]
    Task<HeyGenPage<HeyGenWebhookEndpoint>> ListWebhookEndpoints(
        [Query] int? limit, [Query] string? token, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    /// <summary>Answers an empty object as <c>data</c>.</summary>
    [Delete("/v3/webhooks/endpoints/{id}")]
    Task<HeyGenData<JsonElement>> DeleteWebhookEndpoint(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("/v3/webhooks/endpoints/{id}/rotate-secret")]
    Task<HeyGenData<HeyGenWebhookSecretRotated>> RotateWebhookSecret(
        string id, [Header(HeyGenIdempotencyKey.HeaderName)] string idempotencyKey,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v3/webhooks/event-types")]
    Task<HeyGenPage<HeyGenWebhookEventType>> ListWebhookEventTypes([Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);
}
