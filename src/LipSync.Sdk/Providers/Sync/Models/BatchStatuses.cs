namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of a batch's <c>status</c>.
/// </summary>
public static class BatchStatuses
{
    /// <summary><c>PENDING</c>: accepted, generations not created yet.</summary>
    public const string Pending = "PENDING";

    /// <summary><c>JOBS_CREATED</c>: the generations of the batch were created.</summary>
    public const string JobsCreated = "JOBS_CREATED";

    /// <summary><c>PROCESSING</c>: generations are running.</summary>
    public const string Processing = "PROCESSING";

    /// <summary><c>COMPLETED</c>: every generation finished, with or without failures.</summary>
    public const string Completed = "COMPLETED";

    /// <summary><c>FAILED</c>: the batch as a whole failed.</summary>
    public const string Failed = "FAILED";

    /// <summary><c>VALIDATED</c>: answer to a dry-run create (<c>dry_run=true</c>); nothing was created.</summary>
    public const string Validated = "VALIDATED";

    /// <summary>
    /// Returns <see langword="true"/> when <paramref name="status"/> is <c>COMPLETED</c> or <c>FAILED</c>.
    /// </summary>
    /// <param name="status">The wire status; compared case-insensitively.</param>
    /// <returns><see langword="true"/> if the batch will not change status again.</returns>
    public static bool IsTerminal(string? status) =>
        string.Equals(status, Completed, StringComparison.OrdinalIgnoreCase)
        || string.Equals(status, Failed, StringComparison.OrdinalIgnoreCase);
}
