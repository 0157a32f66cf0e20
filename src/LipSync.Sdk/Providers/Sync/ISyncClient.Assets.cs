namespace LipSync.Sdk.Providers.Sync;

// Assets and long polling (sync.md §3.3, §6).
public partial interface ISyncClient
{
    /// <summary><c>POST /v2/assets/upload</c>: asks for a presigned URL to PUT a file to.</summary>
    /// <param name="request">File name, content type and size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The upload URL and the URL to register afterwards.</returns>
    Task<AssetUpload> CreateAssetUploadAsync(CreateAssetUploadRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v2/assets</c>: registers an uploaded (or already public) URL as an asset.</summary>
    /// <param name="request">The URL, media type and optional name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The asset; use its id as <c>input[].assetId</c>.</returns>
    Task<SyncAsset> RegisterAssetAsync(RegisterAssetRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads local media as a Sync asset in three steps: presign (<c>POST /v2/assets/upload</c>), PUT the raw bytes
    /// to the presigned URL (streamed with constant memory, same <c>Content-Type</c>, never with the API key), then
    /// register (<c>POST /v2/assets</c>). The PUT is retried only when the source can be re-read
    /// (<see cref="LocalMediaSource.CanReopen"/>); it is not bounded by the SDK's call timeouts, only by the token.
    /// </summary>
    /// <param name="source">The file or stream; its length must be known (Sync asks for the size up front).</param>
    /// <param name="assetType"><c>VIDEO</c>, <c>AUDIO</c> or <c>IMAGE</c>; null derives it from the content type.</param>
    /// <param name="progress">Receives the number of bytes sent so far.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The registered asset.</returns>
    /// <exception cref="LipSyncValidationException">The length is unknown or the type cannot be derived (nothing was sent).</exception>
    /// <exception cref="LipSyncException">A step failed.</exception>
    Task<SyncAsset> UploadAssetAsync(LocalMediaSource source, string? assetType = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /v2/generate/{id}?wait=true&amp;timeout=N</c>: a long poll that the server holds until the generation is
    /// terminal or <paramref name="timeout"/> passes, then answers 200 with the generation either way.
    /// </summary>
    /// <param name="generationId">The generation id.</param>
    /// <param name="timeout">How long the server may hold the request: whole seconds from 1 to 10.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The generation and the server's <c>Retry-After</c> hint for the next poll, if it sent one.</returns>
    Task<SyncPollResult> WaitForGenerationAsync(string generationId, TimeSpan timeout, CancellationToken cancellationToken = default);
}
