namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// The batch file rules checked before upload. Sync's docs disagree by version (max 500 records now, 1,000 before);
/// the defaults are the current, stricter values and can be changed when an account's limits differ.
/// </summary>
public sealed class SyncBatchLimits
{
    /// <summary>Fewest records: 20 ("Input file must contain at least 20 records", <c>batch_insufficient_records</c>).</summary>
    public int MinRecords { get; set; } = 20;

    /// <summary>Most records: 500 per the current docs (older docs: 1,000; <c>batch_too_many_requests</c>).</summary>
    public int MaxRecords { get; set; } = 500;

    /// <summary>Largest file: 5 MB, counted as 5,000,000 bytes to stay on the safe side (<c>batch_file_too_large</c>).</summary>
    public long MaxFileBytes { get; set; } = 5_000_000;

    /// <summary>The defaults.</summary>
    public static SyncBatchLimits Default { get; } = new();
}
