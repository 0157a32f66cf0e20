namespace LipSync.Sdk.ScaleOut;

/// <summary>
/// One logical submit as the <see cref="IJobJournal"/> records it: written before the create is sent (key, request
/// fingerprint, client reference) and completed with the provider's job id once the provider accepts it, so a worker
/// that dies in between can be resumed without paying twice.
/// </summary>
public sealed record JobJournalEntry
{
    /// <summary>The provider name ("sync", ...).</summary>
    public required string Provider { get; init; }

    /// <summary>The idempotency key of the logical submit; the journal's key.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>A hash of the request's inputs, model and options: the same key with another request is refused.</summary>
    public required string RequestFingerprint { get; init; }

    /// <summary>The client reference sent with the create (Chamelaion <c>reference_id</c>), used to find the job again.</summary>
    public string? ClientReference { get; init; }

    /// <summary>The provider's job id, once the provider accepted the create; null while the outcome is unknown.</summary>
    public string? JobId { get; init; }

    /// <summary>The last status recorded: null before acceptance, then the job's status.</summary>
    public JobStatus? Status { get; init; }

    /// <summary>When the entry was first written.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Whether the job reached a terminal state (nothing left to resume).</summary>
    public bool IsFinished => Status is { } status && status.IsTerminal();
}
