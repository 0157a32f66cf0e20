using System.Globalization;

namespace LipSync.Sdk.Providers.Sync;

// Assets and long polling (sync.md §3.3, §6).
public sealed partial class SyncClient
{
    /// <inheritdoc />
    public Task<AssetUpload> CreateAssetUploadAsync(CreateAssetUploadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A presigned URL is not a resource: asking twice is harmless.
        var call = ApiRequest.WithJson(
            HttpMethod.Post, "/v2/assets/upload", "CreateAssetUpload", RequestSafety.Idempotent, request, SyncJsonContext.Default.CreateAssetUploadRequest);
        return _transport.SendAsync(call, SyncJsonContext.Default.AssetUpload, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SyncAsset> RegisterAssetAsync(RegisterAssetRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Registering the same URL twice at worst lists the file twice; it starts no paid work.
        var call = ApiRequest.WithJson(
            HttpMethod.Post, "/v2/assets", "RegisterAsset", RequestSafety.Idempotent, request, SyncJsonContext.Default.RegisterAssetRequest);
        return _transport.SendAsync(call, SyncJsonContext.Default.SyncAsset, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SyncAsset> UploadAssetAsync(
        LocalMediaSource source, string? assetType = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        source.ThrowIfFileMissing();
        var length = source.Length
            ?? throw SyncRequestRules.LocalFailure("generation_input_validation_failed", "file",
                $"The length of {source.FileName} is unknown; Sync needs the size before the upload (use a file or a seekable stream).");
        var type = assetType ?? AssetTypeOf(source.ContentType)
            ?? throw SyncRequestRules.LocalFailure("generation_input_validation_failed", "contentType",
                $"Cannot tell whether {source.FileName} ({source.ContentType}) is video, audio or image; pass the asset type.");

        var upload = await CreateAssetUploadAsync(
            new CreateAssetUploadRequest { FileName = source.FileName, ContentType = source.ContentType, Size = length }, cancellationToken).ConfigureAwait(false);
        if (!Uri.TryCreate(upload.UploadUrl, UriKind.Absolute, out var target) || string.IsNullOrEmpty(upload.Url))
        {
            throw _transport.InvalidResponse(201, "the upload answer has no absolute uploadUrl or no url", null);
        }

        // PUT is idempotent, but only a source that can be re-read can send the same bytes again.
        var put = ApiRequest.ToAbsoluteUrl(
            HttpMethod.Put, target, "UploadAssetBytes", source.CanReopen ? RequestSafety.Idempotent : RequestSafety.SingleAttempt,
            () => new StreamedMediaContent(source, progress), bulkTransfer: true);
        await _transport.SendAsync(put, static (_, _) => ValueTask.FromResult(true), cancellationToken).ConfigureAwait(false);

        return await RegisterAssetAsync(new RegisterAssetRequest { Url = upload.Url, Type = type, Name = source.FileName }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<SyncPollResult> WaitForGenerationAsync(string generationId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(generationId);
        var seconds = (int)Math.Ceiling(timeout.TotalSeconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(seconds, 1, nameof(timeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seconds, 10, nameof(timeout));
        var path = "/v2/generate/" + Uri.EscapeDataString(generationId) + "?wait=true&timeout=" + seconds.ToString(CultureInfo.InvariantCulture);
        return _transport.SendAsync(ApiRequest.Get(path, "WaitForGeneration"), ReadPollAsync, cancellationToken);
    }

    internal Task<SyncPollResult> PollGenerationAsync(string generationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(generationId);
        return _transport.SendAsync(ApiRequest.Get("/v2/generate/" + Uri.EscapeDataString(generationId), "GetGeneration"), ReadPollAsync, cancellationToken);
    }

    private async ValueTask<SyncPollResult> ReadPollAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var generation = await _transport.ReadJsonAsync(response, SyncJsonContext.Default.Generation, cancellationToken).ConfigureAwait(false);
        return new SyncPollResult(generation, PollHint.RetryAfter(response, _transport.Time));
    }

    private static string? AssetTypeOf(string contentType) =>
        contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) ? AssetTypes.Video
        : contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) ? AssetTypes.Audio
        : contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? AssetTypes.Image
        : null;
}
