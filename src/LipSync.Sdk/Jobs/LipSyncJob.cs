namespace LipSync.Sdk;

/// <summary>A generation job as any provider reports it.</summary>
public sealed record LipSyncJob
{
    /// <summary>The provider's job id.</summary>
    public required string Id { get; init; }

    /// <summary>The provider name ("sync", ...).</summary>
    public required string Provider { get; init; }

    /// <summary>The neutral status.</summary>
    public required JobStatus Status { get; init; }

    /// <summary>The provider's own status value (for example "REJECTED"), neutralised like <see cref="LipSyncException.ErrorCode"/>.</summary>
    public string? ProviderStatus { get; init => field = ServerText.Clean(value); }

    /// <summary>Where the result can be downloaded, once completed. Often a signed, expiring URL.</summary>
    public Uri? OutputUrl { get; init; }

    /// <summary>The duration of the output, when the provider reports it.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>
    /// Progress from 0 to 100, when the provider reports it: a reported value outside that range is clamped to it,
    /// and one that is not a finite number (a hostile <c>1e400</c>) reads as not reported.
    /// </summary>
    public double? ProgressPercent { get; init => field = ServerNumbers.Percent(value); }

    /// <summary>When the provider created the job.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Why the job failed, when <see cref="Status"/> is <see cref="JobStatus.Failed"/> or <see cref="JobStatus.Canceled"/>.</summary>
    public LipSyncJobError? Error { get; init; }

    /// <summary>The caller's reference for the job, when the provider keeps one.</summary>
    public string? ClientReference { get; init; }

    /// <summary>The provider's native object (for example a Sync <c>Generation</c>), for anything the neutral model lacks.</summary>
    public object? RawRepresentation { get; init; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(LipSyncJob), ("Id", Id), ("Provider", Provider), ("Status", Status), ("ProviderStatus", ProviderStatus), ("ProgressPercent", ProgressPercent), ("OutputUrl", ModelText.Url(OutputUrl)), ("Duration", Duration), ("ClientReference", ClientReference), ("Error", Error?.ErrorCode ?? Error?.Message));
}
