using System.Text.Json;
using System.Text.Json.Nodes;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>Translates between the neutral model and Chamelaion's native one.</summary>
internal static class ChamelaionJobMapper
{
    /// <summary>The one <see cref="LipSyncRequest.ProviderOptions"/> key Chamelaion understands.</summary>
    public const string DisableActiveSpeakerDetectionOption = "disable_active_speaker_detection";

    public static LipSyncJob ToJob(ChamelaionJob job)
    {
        var status = ToStatus(job.Status);
        return new LipSyncJob
        {
            Id = job.Id,
            Provider = ChamelaionErrorCatalog.ProviderName,
            Status = status,
            ProviderStatus = job.Status,
            OutputUrl = status == JobStatus.Completed && Uri.TryCreate(job.OutputUrl, UriKind.Absolute, out var output) ? output : null,
            CreatedAt = job.CreatedAt,
            Error = status is JobStatus.Failed or JobStatus.Canceled ? ToError(job) : null,
            ClientReference = job.ReferenceId,
            RawRepresentation = job,
        };
    }

    public static LipSyncJob ToSubmittedJob(GenerateResponse response) => new()
    {
        Id = response.RequestId,
        Provider = ChamelaionErrorCatalog.ProviderName,

        // The create answer carries no job status ("success" is a constant); every job starts queued.
        Status = JobStatus.Pending,
        ProviderStatus = ChamelaionJobStatuses.Queued,
        ClientReference = response.ReferenceId,
        RawRepresentation = response,
    };

    // The schema types status as a plain string: values the docs do not list keep the job running, so a wait
    // continues (bounded by its timeout) instead of failing on a status Chamelaion adds later.
    internal static JobStatus ToStatus(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        ChamelaionJobStatuses.Queued => JobStatus.Pending,
        ChamelaionJobStatuses.Processing => JobStatus.Processing,
        ChamelaionJobStatuses.Completed => JobStatus.Completed,
        ChamelaionJobStatuses.Failed => JobStatus.Failed,
        "canceled" or "cancelled" => JobStatus.Canceled,
        _ => JobStatus.Processing,
    };

    /// <summary>A failed job's <c>error_message</c>, classified through the same catalogue as HTTP errors.</summary>
    internal static LipSyncJobError ToError(ChamelaionJob job)
    {
        var row = ChamelaionErrorCatalog.MatchJobFailure(job.ErrorMessage);
        var message = !string.IsNullOrWhiteSpace(job.ErrorMessage) ? job.ErrorMessage : $"The lip-sync job ended {job.Status}.";
        return new LipSyncJobError(row?.Code, message, row?.Kind ?? LipSyncErrorKind.Unknown, row?.IsRetryable ?? false);
    }

    /// <summary>Reads <see cref="LipSyncRequest.ProviderOptions"/>; unknown keys are rejected rather than silently dropped.</summary>
    internal static bool? DisableActiveSpeakerDetection(JsonObject? options)
    {
        if (options is null)
        {
            return null;
        }

        bool? disable = null;
        foreach (var (key, value) in options)
        {
            if (key != DisableActiveSpeakerDetectionOption)
            {
                throw Invalid($"the provider option '{key}' is unknown (Chamelaion supports only '{DisableActiveSpeakerDetectionOption}')");
            }

            disable = value is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? flag.GetValue<bool>()
                : value is null ? null : throw Invalid($"'{DisableActiveSpeakerDetectionOption}' must be true or false");
        }

        return disable;
    }

    internal static LipSyncException Invalid(string problem, LipSyncErrorKind kind = LipSyncErrorKind.InvalidRequest, string? code = null) =>
        LipSyncExceptionFactory.Create(kind, $"{ChamelaionErrorCatalog.ProviderName}: {problem} (nothing was sent).", isRetryable: false,
            ChamelaionErrorCatalog.ProviderName, errorCode: code);
}
