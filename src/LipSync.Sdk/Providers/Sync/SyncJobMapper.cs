using System.Text.Json;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>Translates between the neutral model and Sync's native one.</summary>
internal static class SyncJobMapper
{
    public static CreateGenerationRequest ToCreateRequest(LipSyncRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ToCreateRequest(request, request.Video, request.Audio);
    }

    /// <summary>Maps a request whose local media were uploaded already (<paramref name="video"/>/<paramref name="audio"/> are their assets).</summary>
    public static CreateGenerationRequest ToCreateRequest(LipSyncRequest request, MediaSource? video, MediaSource? audio, bool videoIsImage = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new CreateGenerationRequest
        {
            Model = request.Model ?? SyncModels.Lipsync2,
            Input = [ToInput(video, isVideo: true, videoIsImage), ToInput(audio, isVideo: false)],
            Options = request.ProviderOptions?.Deserialize(SyncJsonContext.Default.GenerationOptions),
            WebhookUrl = request.WebhookUrl?.AbsoluteUri,
        };
    }

    public static LipSyncJob ToJob(Generation generation)
    {
        var status = ToStatus(generation.Status);
        return new LipSyncJob
        {
            Id = generation.Id,
            Provider = SyncErrorCatalog.ProviderName,
            Status = status,
            ProviderStatus = generation.Status,
            OutputUrl = Uri.TryCreate(generation.ResultUrl, UriKind.Absolute, out var output) ? output : null,
            Duration = ServerNumbers.Duration(generation.OutputDuration),
            ProgressPercent = generation.ProgressPercent,
            CreatedAt = generation.CreatedAt,
            Error = status is JobStatus.Failed or JobStatus.Canceled ? ToError(generation) : null,
            RawRepresentation = generation,
        };
    }

    // CANCELED and TIMED_OUT appear only in older docs; unknown values keep the job "processing" so a wait
    // continues (bounded by its timeout) instead of throwing on a status Sync adds later.
    internal static JobStatus ToStatus(string? status) => status?.ToUpperInvariant() switch
    {
        GenerationStatuses.Pending => JobStatus.Pending,
        GenerationStatuses.Processing => JobStatus.Processing,
        GenerationStatuses.Completed => JobStatus.Completed,
        GenerationStatuses.Failed or GenerationStatuses.Rejected or GenerationStatuses.TimedOut => JobStatus.Failed,
        GenerationStatuses.Canceled or "CANCELLED" => JobStatus.Canceled,
        _ => JobStatus.Processing,
    };

    private static LipSyncJobError ToError(Generation generation)
    {
        var code = generation.ErrorCode;
        SyncErrorCatalog.Catalog.TryGet(code, out var entry);
        var rejected = string.Equals(generation.Status, GenerationStatuses.Rejected, StringComparison.OrdinalIgnoreCase);
        var timedOut = string.Equals(generation.Status, GenerationStatuses.TimedOut, StringComparison.OrdinalIgnoreCase);
        var cause = entry?.Kind
            ?? (rejected ? LipSyncErrorKind.ContentRejected : timedOut ? LipSyncErrorKind.Timeout : LipSyncErrorKind.Unknown);
        var message = !string.IsNullOrWhiteSpace(generation.Error) ? generation.Error
            : entry?.Message ?? $"The generation ended {generation.Status}.";
        return new LipSyncJobError(code, message, cause, entry?.IsRetryable ?? timedOut);
    }

    /// <summary>Stands in for local media before its upload, so the rest of the mapping is checked before any byte is sent.</summary>
    public static MediaSource? Placeholder(MediaSource? source) => source is LocalMediaSource ? MediaSource.FromProviderAsset("local-upload-pending") : source;

    /// <summary>Whether local visual media is an image (Sync's <c>image</c> input, sync-3 only).</summary>
    public static bool IsImage(MediaSource? source) =>
        source is LocalMediaSource local && local.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    private static GenerationInput ToInput(MediaSource? source, bool isVideo, bool isImage = false) => source switch
    {
        UrlMediaSource url => isVideo ? GenerationInput.Video(url.Url) : GenerationInput.Audio(url.Url),
        ProviderAssetMediaSource asset when isVideo && isImage => GenerationInput.ImageAsset(asset.AssetId),
        ProviderAssetMediaSource asset => isVideo ? GenerationInput.VideoAsset(asset.AssetId) : GenerationInput.AudioAsset(asset.AssetId),
        null => throw new ArgumentNullException(isVideo ? nameof(LipSyncRequest.Video) : nameof(LipSyncRequest.Audio)),
        _ => throw LipSyncExceptionFactory.Create(
            LipSyncErrorKind.InvalidMedia,
            $"sync: {source.GetType().Name} is not supported as {(isVideo ? "video" : "audio")} input (nothing was sent).",
            isRetryable: false, SyncErrorCatalog.ProviderName),
    };
}
