namespace LipSync.Sdk.Testing;

/// <summary>A point-in-time copy of one speech job held by a <see cref="BreezeEmulator"/>.</summary>
public sealed record BreezeEmulatorJob
{
    /// <summary>The job id (also the history item id).</summary>
    public required string Id { get; init; }

    /// <summary><c>active</c>, <c>ready</c> or <c>failed</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The voice.</summary>
    public required string VoiceId { get; init; }

    /// <summary>The text.</summary>
    public required string Text { get; init; }

    /// <summary>The requested <c>output_format</c>, or mp3.</summary>
    public required string OutputFormat { get; init; }

    /// <summary>Reads of the job (status and audio requests).</summary>
    public required int PollCount { get; init; }

    /// <summary>The failure code once failed.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>When the job was created, by the emulator's clock.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
