namespace LipSync.Sdk;

/// <summary>The provider-neutral lifecycle of a generation job.</summary>
public enum JobStatus
{
    /// <summary>Accepted and waiting for capacity.</summary>
    Pending,

    /// <summary>Running.</summary>
    Processing,

    /// <summary>Finished; the output is available.</summary>
    Completed,

    /// <summary>Finished without an output; see <see cref="LipSyncJob.Error"/>.</summary>
    Failed,

    /// <summary>Canceled before it finished.</summary>
    Canceled,
}

/// <summary>Helpers for <see cref="JobStatus"/>.</summary>
public static class JobStatusExtensions
{
    /// <summary>Whether the status is final (the job will not change again).</summary>
    /// <param name="status">The status.</param>
    /// <returns>True for <see cref="JobStatus.Completed"/>, <see cref="JobStatus.Failed"/> and <see cref="JobStatus.Canceled"/>.</returns>
    public static bool IsTerminal(this JobStatus status) =>
        status is JobStatus.Completed or JobStatus.Failed or JobStatus.Canceled;
}
