namespace LipSync.Sdk.ScaleOut;

/// <summary>
/// A job's new state as one webhook delivery reported it, carried by the <see cref="IJobUpdateBus"/> to every instance
/// so a wait on any of them wakes without polling. Flat and serializable (no provider objects).
/// </summary>
public sealed record JobUpdate
{
    /// <summary>The delivery's id: redeliveries of one event share it and are dropped by the bus.</summary>
    public required string EventId { get; init; }

    /// <summary>The provider name.</summary>
    public required string Provider { get; init; }

    /// <summary>The provider's job id.</summary>
    public required string JobId { get; init; }

    /// <summary>The neutral status.</summary>
    public required JobStatus Status { get; init; }

    /// <summary>The provider's own status or event name.</summary>
    public string? ProviderStatus { get; init; }

    /// <summary>The output URL, once completed.</summary>
    public Uri? OutputUrl { get; init; }

    /// <summary>Progress 0–100, when reported.</summary>
    public double? ProgressPercent { get; init; }

    /// <summary>The caller's reference, when the provider echoes it.</summary>
    public string? ClientReference { get; init; }

    /// <summary>The failure, for failed or canceled jobs.</summary>
    public LipSyncJobError? Error { get; init; }

    /// <summary>The job as a neutral update (no raw provider object).</summary>
    /// <returns>The job.</returns>
    public LipSyncJob ToJob() => new()
    {
        Id = JobId,
        Provider = Provider,
        Status = Status,
        ProviderStatus = ProviderStatus,
        OutputUrl = OutputUrl,
        ProgressPercent = ProgressPercent,
        ClientReference = ClientReference,
        Error = Error,
    };

    /// <summary>Builds an update from a job a webhook reported.</summary>
    /// <param name="job">The job.</param>
    /// <param name="eventId">The delivery's id.</param>
    /// <returns>The update.</returns>
    public static JobUpdate FromJob(LipSyncJob job, string eventId)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return new JobUpdate
        {
            EventId = eventId,
            Provider = job.Provider,
            JobId = job.Id,
            Status = job.Status,
            ProviderStatus = job.ProviderStatus,
            OutputUrl = job.OutputUrl,
            ProgressPercent = job.ProgressPercent,
            ClientReference = job.ClientReference,
            Error = job.Error,
        };
    }
}
