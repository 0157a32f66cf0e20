namespace LipSync.Sdk.Testing;

// Sync's generation statuses (sync.md §4.2) and the helpers the emulator's state machine needs.
internal static class SyncStatuses
{
    public const string Pending = "PENDING";
    public const string Processing = "PROCESSING";
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";
    public const string Rejected = "REJECTED";

    public static readonly string[] All = [Pending, Processing, Completed, Failed, Rejected];

    // Anything that is not PENDING/PROCESSING (including statuses a test sets by hand, e.g. "CANCELED") is final,
    // so the poll-driven state machine never moves a job out of it.
    public static bool IsTerminal(string status) => status is not (Pending or Processing);

    public static int Rank(string status) => status switch
    {
        Pending => 0,
        Processing => 1,
        _ => 2,
    };
}
