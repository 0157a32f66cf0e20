namespace LipSync.Sdk.Testing;

/// <summary>A point-in-time copy of one split job held by an <see cref="AudioSpliterEmulator"/>.</summary>
public sealed record AudioSpliterEmulatorJob
{
    /// <summary>The job id (<c>job_…</c>).</summary>
    public required string Id { get; init; }

    /// <summary><c>queued</c>, <c>processing</c>, <c>completed</c> or <c>failed</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The source URL.</summary>
    public required string SourceUrl { get; init; }

    /// <summary>The segment length in seconds.</summary>
    public required int SegmentDuration { get; init; }

    /// <summary>The output format.</summary>
    public required string OutputFormat { get; init; }

    /// <summary>Reads of the job.</summary>
    public required int PollCount { get; init; }

    /// <summary>The number of segments once completed.</summary>
    public required int SegmentCount { get; init; }
}
