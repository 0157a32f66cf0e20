using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

// The mutable record of one generation. Every field is guarded by the SyncJobStore lock.
internal sealed class SyncJobState
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Model { get; init; }

    public required JsonObject Request { get; init; }

    public string? IdempotencyKey { get; init; }

    public required string Status { get; set; }

    public int PollCount { get; set; }

    public bool IsFrozen { get; set; }

    public SyncJobFailure? ScriptedFailure { get; set; }

    public string? OutputUrl { get; set; }

    public double? OutputDuration { get; set; }

    public string? Error { get; set; }

    public string? ErrorCode { get; set; }

    // Completed and replaced whenever the status changes; long polls wait on it.
    public TaskCompletionSource Changed { get; set; } = NewSignal();

    public static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SyncJob ToSnapshot() => new()
    {
        Id = Id,
        Status = Status,
        Model = Model,
        CreatedAt = CreatedAt,
        PollCount = PollCount,
        OutputUrl = OutputUrl,
        OutputDuration = OutputDuration,
        Error = Error,
        ErrorCode = ErrorCode,
        IdempotencyKey = IdempotencyKey,
        IsFrozen = IsFrozen,
        Request = (JsonObject)Request.DeepClone(),
    };
}
