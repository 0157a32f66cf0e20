namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of a generation's <c>status</c> field.
/// </summary>
/// <remarks>
/// Status properties are typed as <see cref="string"/> so a value the SDK does not know never fails deserialization.
/// </remarks>
public static class GenerationStatuses
{
    /// <summary><c>PENDING</c>: accepted and queued.</summary>
    public const string Pending = "PENDING";

    /// <summary><c>PROCESSING</c>: running on Sync's inference fleet.</summary>
    public const string Processing = "PROCESSING";

    /// <summary><c>COMPLETED</c>: finished; <c>outputUrl</c> is set.</summary>
    public const string Completed = "COMPLETED";

    /// <summary><c>FAILED</c>: ran and failed; <c>error</c> and the error code describe why.</summary>
    public const string Failed = "FAILED";

    /// <summary><c>REJECTED</c>: never ran (for example moderation or plan limits).</summary>
    public const string Rejected = "REJECTED";

    /// <summary><c>CANCELED</c>: legacy value listed by older documentation (cancelled pending generation).</summary>
    public const string Canceled = "CANCELED";

    /// <summary><c>TIMED_OUT</c>: legacy value listed by older documentation.</summary>
    public const string TimedOut = "TIMED_OUT";

    /// <summary>
    /// Returns <see langword="true"/> when <paramref name="status"/> is a terminal status:
    /// <c>COMPLETED</c>, <c>FAILED</c>, <c>REJECTED</c>, or the legacy <c>CANCELED</c> / <c>TIMED_OUT</c>.
    /// </summary>
    /// <param name="status">The wire status; compared case-insensitively. <see langword="null"/> is not terminal.</param>
    /// <returns><see langword="true"/> if the generation will not change status again.</returns>
    public static bool IsTerminal(string? status) =>
        string.Equals(status, Completed, StringComparison.OrdinalIgnoreCase)
        || string.Equals(status, Failed, StringComparison.OrdinalIgnoreCase)
        || string.Equals(status, Rejected, StringComparison.OrdinalIgnoreCase)
        || string.Equals(status, Canceled, StringComparison.OrdinalIgnoreCase)
        || string.Equals(status, TimedOut, StringComparison.OrdinalIgnoreCase);
}
