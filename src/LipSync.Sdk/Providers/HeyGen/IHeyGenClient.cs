namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// The native HeyGen API (v3, plus the legacy status endpoint for old video ids): every call maps to one documented
/// endpoint with HeyGen's own models, through the SDK's connection (retries, timeouts, error taxonomy). Creates carry
/// an <c>Idempotency-Key</c> — the caller's or one generated per call — reused on every retry, so a retried create
/// never starts a second paid job.
/// </summary>
public partial interface IHeyGenClient
{
    /// <summary><c>POST /v3/lipsyncs</c>: dubs an audio track onto a video.</summary>
    /// <param name="request">The video and audio (URL or asset id) and options.</param>
    /// <param name="idempotencyKey">1–255 characters of <c>[A-Za-z0-9_:.-]</c>; null generates one for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new job's id.</returns>
    /// <exception cref="LipSyncException">HeyGen rejected the request or could not be reached.</exception>
    Task<LipsyncCreated> CreateLipsyncAsync(CreateLipsyncRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/lipsyncs/{id}</c>: reads a lip-sync job.</summary>
    /// <param name="lipsyncId">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job. A failed one is returned, not thrown: check <see cref="Lipsync.Status"/>.</returns>
    /// <exception cref="LipSyncException">Not found, or HeyGen could not be reached.</exception>
    Task<Lipsync> GetLipsyncAsync(string lipsyncId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/lipsyncs?limit=&amp;token=</c>: one page of lip-sync jobs.</summary>
    /// <param name="options">Page size and continuation token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<HeyGenPage<Lipsync>> GetLipsyncsPageAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/lipsyncs</c>, all pages: follows <c>next_token</c> while <c>has_more</c> is true.</summary>
    /// <param name="options">Page size and where to start.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The jobs.</returns>
    IAsyncEnumerable<Lipsync> ListLipsyncsAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v3/videos</c>: creates an avatar (or image) video.</summary>
    /// <param name="request">The video.</param>
    /// <param name="idempotencyKey">1–255 characters of <c>[A-Za-z0-9_:.-]</c>; null generates one for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new video's id and initial status.</returns>
    Task<VideoCreated> CreateVideoAsync(CreateVideoRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/videos/{id}</c>: reads a video.</summary>
    /// <param name="videoId">The video id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The video; a failed one carries <see cref="Video.FailureCode"/>.</returns>
    Task<Video> GetVideoAsync(string videoId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/videos?limit=&amp;token=</c>: one page of videos.</summary>
    /// <param name="options">Page size and continuation token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<HeyGenPage<Video>> GetVideosPageAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/videos</c>, all pages.</summary>
    /// <param name="options">Page size and where to start.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The videos.</returns>
    IAsyncEnumerable<Video> ListVideosAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads local media, streamed (never buffered whole). Up to 32 MB (<see cref="HeyGenClient.MaxDirectAssetBytes"/>)
    /// — or when the length is unknown (HeyGen then answers <c>payload_too_large</c> above the limit) — it is one multipart
    /// <c>POST /v3/assets</c> (field <c>file</c>); above that, the direct-upload flow: <c>POST /v3/assets/direct-uploads</c>,
    /// a <c>PUT</c> of the bytes to the presigned <c>upload_url</c> (without the API key), then
    /// <c>POST /v3/assets/{id}/complete</c>.
    /// </summary>
    /// <param name="media">The file or stream (a non-seekable stream is sent once and not retried).</param>
    /// <param name="idempotencyKey">1–255 characters of <c>[A-Za-z0-9_:.-]</c>; null generates one for this call.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The asset; use <see cref="HeyGenAsset.AssetId"/> as an input.</returns>
    Task<HeyGenAsset> UploadAssetAsync(LocalMediaSource media, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Legacy <c>GET /v1/video_status.get?video_id=</c>: the status of a video made with v1/v2 endpoints.</summary>
    /// <param name="videoId">The video id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status; a failed video carries <see cref="LegacyVideoStatus.Error"/>.</returns>
    /// <exception cref="LipSyncException">Also for an HTTP 200 body whose <c>code</c> is not 100.</exception>
    Task<LegacyVideoStatus> GetLegacyVideoStatusAsync(string videoId, CancellationToken cancellationToken = default);
}
