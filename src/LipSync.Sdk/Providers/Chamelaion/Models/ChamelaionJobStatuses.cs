namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>The documented values of <see cref="ChamelaionJob.Status"/> (polling guide): queued → processing → completed | failed.</summary>
public static class ChamelaionJobStatuses
{
    /// <summary><c>queued</c>: received and waiting.</summary>
    public const string Queued = "queued";

    /// <summary><c>processing</c>: running.</summary>
    public const string Processing = "processing";

    /// <summary><c>completed</c>: <see cref="ChamelaionJob.OutputUrl"/> is set.</summary>
    public const string Completed = "completed";

    /// <summary><c>failed</c>: <see cref="ChamelaionJob.ErrorMessage"/> says why.</summary>
    public const string Failed = "failed";
}
