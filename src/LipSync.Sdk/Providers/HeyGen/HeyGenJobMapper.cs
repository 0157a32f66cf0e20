using System.Text.Json;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// Translates HeyGen's jobs (lip-syncs, v3 videos, legacy statuses) to the neutral <see cref="LipSyncJob"/>. Each
/// endpoint has its own status words; all map to <see cref="JobStatus"/>, and unknown ones read as still running so
/// a wait continues (bounded by its timeout) instead of throwing. A failure's code goes through the error catalogue,
/// so a failed job says why (<see cref="LipSyncJobError.Cause"/>) the same way an HTTP error would.
/// </summary>
internal static class HeyGenJobMapper
{
    /// <summary>The neutral status of any HeyGen status word (case-insensitive); unknown words are <see cref="JobStatus.Processing"/>.</summary>
    /// <param name="status">The provider's status.</param>
    /// <returns>The neutral status.</returns>
    public static JobStatus ToStatus(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        HeyGenStatuses.Pending or HeyGenStatuses.Waiting or HeyGenStatuses.Queued => JobStatus.Pending,
        HeyGenStatuses.Running or HeyGenStatuses.Processing => JobStatus.Processing,
        HeyGenStatuses.Completed or HeyGenStatuses.Success => JobStatus.Completed,
        HeyGenStatuses.Failed or "fail" or "error" => JobStatus.Failed,
        "canceled" or "cancelled" => JobStatus.Canceled,
        _ => JobStatus.Processing,
    };

    /// <summary>A lip-sync job as a neutral job.</summary>
    /// <param name="lipsync">The job.</param>
    /// <returns>The neutral job.</returns>
    public static LipSyncJob ToJob(Lipsync lipsync)
    {
        ArgumentNullException.ThrowIfNull(lipsync);
        return Job(lipsync.Id, lipsync.Status, lipsync.VideoUrl, lipsync.Duration, lipsync.CreatedAt, lipsync.FailureCode, lipsync.FailureMessage, lipsync)
            with { ClientReference = lipsync.CallbackId };
    }

    /// <summary>A v3 video as a neutral job.</summary>
    /// <param name="video">The video.</param>
    /// <returns>The neutral job.</returns>
    public static LipSyncJob ToJob(Video video)
    {
        ArgumentNullException.ThrowIfNull(video);
        return Job(video.Id, video.Status, video.VideoUrl, video.Duration, video.CreatedAt, video.FailureCode, video.FailureMessage, video);
    }

    /// <summary>A legacy (v1 status) video as a neutral job; <c>data.error.code</c> is the failure code.</summary>
    /// <param name="status">The legacy status.</param>
    /// <returns>The neutral job.</returns>
    public static LipSyncJob ToJob(LegacyVideoStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var message = status.Error is { } error ? error.Detail ?? error.Message : null;
        return Job(status.Id ?? string.Empty, status.Status, status.VideoUrl, status.Duration, status.CreatedAt, status.Error?.Code, message, status)
            with { ClientReference = status.CallbackId };
    }

    /// <summary>A webhook's success or failure as a neutral job (the event's type is kept as the provider status).</summary>
    internal static LipSyncJob ToJob(HeyGenWebhookEvent webhook) =>
        Job(webhook.VideoId!, webhook.IsFailure ? HeyGenStatuses.Failed : HeyGenStatuses.Completed, webhook.Url, duration: null, createdAt: null,
            webhook.FailureCode, webhook.Message, webhook)
            with { ProviderStatus = webhook.EventType, ClientReference = webhook.CallbackId };

    /// <summary>Classifies a job failure through the catalogue (and the documented messages).</summary>
    /// <param name="code">The failure code (<c>failure_code</c>, <c>data.error.code</c>), if any.</param>
    /// <param name="message">The failure message, if any.</param>
    /// <returns>The job error.</returns>
    public static LipSyncJobError ToError(string? code, string? message)
    {
        var entry = HeyGenErrorProfile.Instance.Match(statusCode: 0, string.IsNullOrWhiteSpace(code) ? null : code, message);
        var text = !string.IsNullOrWhiteSpace(message) ? message : entry?.Message ?? "The job failed without a reason.";
        return new LipSyncJobError(string.IsNullOrWhiteSpace(code) ? null : code, text, entry?.Kind ?? LipSyncErrorKind.Unknown, entry?.IsRetryable ?? false);
    }

    internal static CreateLipsyncRequest ToCreateRequest(LipSyncRequest request, HeyGenMediaInput video, HeyGenMediaInput audio)
    {
        // Provider options are HeyGen's own snake_case fields (mode, start_time, enable_caption, ...).
        var native = request.ProviderOptions?.Deserialize(HeyGenJsonContext.Default.CreateLipsyncRequest) ?? new CreateLipsyncRequest();
        native.Video = video;
        native.Audio = audio;
        native.Mode = request.Model ?? native.Mode;
        native.CallbackUrl = request.WebhookUrl?.AbsoluteUri ?? native.CallbackUrl;
        native.CallbackId = request.ClientReference ?? native.CallbackId;
        return native;
    }

    private static LipSyncJob Job(
        string id, string? providerStatus, string? outputUrl, double? duration, double? createdAt, string? failureCode, string? failureMessage, object raw)
    {
        var status = ToStatus(providerStatus);
        return new LipSyncJob
        {
            Id = id,
            Provider = HeyGenErrorCatalog.ProviderName,
            Status = status,
            ProviderStatus = providerStatus,
            OutputUrl = status == JobStatus.Completed && Uri.TryCreate(outputUrl, UriKind.Absolute, out var output) ? output : null,
            Duration = ServerNumbers.Duration(duration),
            CreatedAt = createdAt is { } unix && double.IsFinite(unix) && unix > 0 && unix < 253402300799
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)(unix * 1000))
                : null,
            Error = status is JobStatus.Failed or JobStatus.Canceled ? ToError(failureCode, failureMessage) : null,
            RawRepresentation = raw,
        };
    }
}
