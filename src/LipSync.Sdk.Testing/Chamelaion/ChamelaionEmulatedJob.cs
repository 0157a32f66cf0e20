namespace LipSync.Sdk.Testing;

/// <summary>A point-in-time copy of one lip-sync job held by a <see cref="ChamelaionEmulator"/>.</summary>
public sealed record ChamelaionEmulatedJob
{
    /// <summary>The request id (a UUID).</summary>
    public required string Id { get; init; }

    /// <summary>The <c>reference_id</c> the job was created with, if any.</summary>
    public string? ReferenceId { get; init; }

    /// <summary>The status: <c>queued</c>, <c>processing</c>, <c>completed</c>, <c>failed</c>, or a value set by <see cref="ChamelaionEmulator.SetJobStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Which endpoint created the job: <c>generate</c>, <c>generate-with-media</c>, or <c>seeded</c> for <see cref="ChamelaionEmulator.AddJob"/>.</summary>
    public required string Source { get; init; }

    /// <summary>The creation time, by the emulator's clock.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The number of <c>GET /v1/lipsync/requests/{id}</c> requests answered for this job.</summary>
    public required int PollCount { get; init; }

    /// <summary>The video URL of a <c>generate</c> job.</summary>
    public string? VideoUrl { get; init; }

    /// <summary>The audio URL of a <c>generate</c> job.</summary>
    public string? AudioUrl { get; init; }

    /// <summary>The uploaded <c>video</c> part of a <c>generate-with-media</c> job.</summary>
    public ChamelaionUploadedPart? VideoUpload { get; init; }

    /// <summary>The uploaded <c>audio</c> part of a <c>generate-with-media</c> job.</summary>
    public ChamelaionUploadedPart? AudioUpload { get; init; }

    /// <summary>The <c>disable_active_speaker_detection</c> value sent, if any.</summary>
    public bool? DisableActiveSpeakerDetection { get; init; }

    /// <summary>The <c>model</c> part sent, if any.</summary>
    public string? Model { get; init; }

    /// <summary>The result URL once <c>completed</c>.</summary>
    public string? OutputUrl { get; init; }

    /// <summary>The <c>error_message</c> once <c>failed</c>.</summary>
    public string? ErrorMessage { get; init; }
}
