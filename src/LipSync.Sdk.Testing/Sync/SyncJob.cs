using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

/// <summary>A point-in-time copy of one generation held by a <see cref="SyncEmulator"/>.</summary>
public sealed record SyncJob
{
    /// <summary>The generation id (a GUID string).</summary>
    public required string Id { get; init; }

    /// <summary>The status as the API reports it, e.g. <c>PENDING</c>, <c>PROCESSING</c>, <c>COMPLETED</c>, <c>FAILED</c>, <c>REJECTED</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The requested model.</summary>
    public required string Model { get; init; }

    /// <summary>The creation time, by the emulator's <see cref="LoopbackEmulator.TimeProvider"/>.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The number of <c>GET /v2/generate/{id}</c> requests answered for this job.</summary>
    public required int PollCount { get; init; }

    /// <summary>The download URL once <c>COMPLETED</c>.</summary>
    public string? OutputUrl { get; init; }

    /// <summary>The output length in seconds once <c>COMPLETED</c>.</summary>
    public double? OutputDuration { get; init; }

    /// <summary>The failure message once <c>FAILED</c> or <c>REJECTED</c>.</summary>
    public string? Error { get; init; }

    /// <summary>The failure code once <c>FAILED</c> or <c>REJECTED</c> (sent as both <c>errorCode</c> and <c>error_code</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The <c>Idempotency-Key</c> the job was created with, if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// <see langword="true"/> when a test fixed the status with <see cref="SyncEmulator.SetJobStatus"/>, which stops
    /// the poll-driven state machine for this job.
    /// </summary>
    public required bool IsFrozen { get; init; }

    /// <summary>A copy of the create request body (the JSON <c>CreateGenerationDto</c>).</summary>
    public required JsonObject Request { get; init; }
}
