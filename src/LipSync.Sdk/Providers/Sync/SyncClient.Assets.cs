namespace LipSync.Sdk.Providers.Sync;

// Assets and long polling (sync.md §3.3, §6).
public sealed partial class SyncClient
{
    /// <inheritdoc />
    public Task<AssetUpload> CreateAssetUploadAsync(CreateAssetUploadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A presigned URL is not a resource: asking twice is harmless.
        var call = Call("CreateAssetUpload", RequestSafety.Idempotent, SyncJsonContext.Default.AssetUpload);
        return Read(_api.CreateAssetUpload(request, call, cancellationToken), call);
    }

    /// <inheritdoc />
    public Task<SyncAsset> RegisterAssetAsync(RegisterAssetRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Registering the same URL twice at worst lists the file twice; it starts no paid work.
        var call = Call("RegisterAsset", RequestSafety.Idempotent, SyncJsonContext.Default.SyncAsset);
        return Read(_api.RegisterAsset(request, call, cancellationToken), call);
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
            throw _connection.InvalidResponse(201, "the upload answer has no absolute uploadUrl or no url", null);
        }

        // PUT is idempotent, but only a source that can be re-read can send the same bytes again.
        var put = TransferRequests.Upload(HttpMethod.Put, target, "UploadAssetBytes", () => new StreamedMediaContent(source, progress), source.CanReopen);
        await ProviderTransfers.UploadAsync(_connection, put, cancellationToken).ConfigureAwait(false);

        return await RegisterAssetAsync(new RegisterAssetRequest { Url = upload.Url, Type = type, Name = source.FileName }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<SyncPollResult> WaitForGenerationAsync(string generationId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(generationId);
        var seconds = (int)Math.Ceiling(timeout.TotalSeconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(seconds, 1, nameof(timeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seconds, 10, nameof(timeout));
        return PollAsync(id, "true", seconds, "WaitForGeneration", cancellationToken);
    }

    internal Task<SyncPollResult> PollGenerationAsync(string generationId, CancellationToken cancellationToken) =>
        PollAsync(PathSegment.Id(generationId), null, null, "GetGeneration", cancellationToken);

    private async Task<SyncPollResult> PollAsync(string id, string? wait, int? seconds, string operation, CancellationToken cancellationToken)
    {
        var call = Call(operation, RequestSafety.Idempotent, SyncJsonContext.Default.Generation);
        using var response = await ApiResults.ReadAsync(_api.PollGeneration(id, wait, seconds, call, cancellationToken), call, SyncErrorCatalog.ProviderName).ConfigureAwait(false);
        var generation = await _connection.ReadJsonAsync(response, SyncJsonContext.Default.Generation, cancellationToken).ConfigureAwait(false);
        return new SyncPollResult(generation, PollHint.RetryAfter(response, _connection.Time));
    }

    private static string? AssetTypeOf(string contentType) =>
        contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) ? AssetTypes.Video
        : contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) ? AssetTypes.Audio
        : contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? AssetTypes.Image
        : null;
}
