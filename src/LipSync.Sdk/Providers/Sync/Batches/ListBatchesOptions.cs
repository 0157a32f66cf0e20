namespace LipSync.Sdk.Providers.Sync;

/// <summary>Filters of <c>GET /v2/batch</c> (newest first, no paging).</summary>
public sealed class ListBatchesOptions
{
    /// <summary>Only batches in this status (<c>status</c>); see <see cref="BatchStatuses"/>.</summary>
    public string? Status { get; set; }

    /// <summary>Only batches created after this time (<c>created_after</c>, ISO-8601).</summary>
    public DateTimeOffset? CreatedAfter { get; set; }

    /// <summary>Only batches created before this time (<c>created_before</c>, ISO-8601).</summary>
    public DateTimeOffset? CreatedBefore { get; set; }
}
