namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// How an envelope API's job resource reads, so <see cref="ILipSyncClient.GetJobAsync"/> and
/// <see cref="ILipSyncClient.WaitForCompletionAsync"/> work for it. Paths are dotted; a numeric segment indexes an
/// array (<c>segments.0.downloadUrl</c>).
/// </summary>
public sealed class EnvelopeJobLayout
{
    /// <summary>The job's path with an <c>{id}</c> placeholder, such as <c>/v1/generation-jobs/{id}</c>.</summary>
    public string PathTemplate { get; set; } = string.Empty;

    /// <summary>Path of the job id. Default <c>id</c>.</summary>
    public string IdPath { get; set; } = "id";

    /// <summary>Path of the status value. Default <c>status</c>.</summary>
    public string StatusPath { get; set; } = "status";

    /// <summary>
    /// The provider's status values and what they mean (case-insensitive). A value not listed reads as
    /// <see cref="JobStatus.Processing"/>, so a wait continues (bounded by its timeout) instead of failing on a new status.
    /// </summary>
    public IDictionary<string, JobStatus> Statuses { get; set; } = new Dictionary<string, JobStatus>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Path of a 0–100 progress value, when the API reports one.</summary>
    public string? ProgressPath { get; set; }

    /// <summary>Path of the result URL, when the API reports one.</summary>
    public string? OutputUrlPath { get; set; }

    /// <summary>Path of the output's duration in seconds, when reported.</summary>
    public string? DurationSecondsPath { get; set; }

    /// <summary>Path of the creation time (ISO 8601 text or Unix seconds).</summary>
    public string? CreatedAtPath { get; set; }

    /// <summary>Path of the failure code of a failed job, looked up in the profile's catalogue.</summary>
    public string? ErrorCodePath { get; set; }

    /// <summary>Path of the failure message of a failed job.</summary>
    public string? ErrorMessagePath { get; set; }
}
