namespace LipSync.Sdk.Testing;

/// <summary>What a <see cref="HeyGenEmulator"/> job is.</summary>
public enum HeyGenJobKind
{
    /// <summary>A <c>POST /v3/lipsyncs</c> job.</summary>
    Lipsync,

    /// <summary>A <c>POST /v3/videos</c> job.</summary>
    Video,

    /// <summary>A video made before v3, seen only through <c>GET /v1/video_status.get</c>.</summary>
    LegacyVideo,

    /// <summary>One target language of a <c>POST /v3/video-translations</c> request.</summary>
    VideoTranslation,
}

/// <summary>A point-in-time copy of one job held by a <see cref="HeyGenEmulator"/>.</summary>
public sealed record HeyGenEmulatorJob
{
    /// <summary>The job id.</summary>
    public required string Id { get; init; }

    /// <summary>What the job is.</summary>
    public required HeyGenJobKind Kind { get; init; }

    /// <summary>The status as the API reports it (lipsync: <c>pending|running|completed|failed</c>; video: <c>waiting|pending|processing|completed|failed</c>).</summary>
    public required string Status { get; init; }

    /// <summary>The number of status reads answered for this job.</summary>
    public required int PollCount { get; init; }

    /// <summary>The <c>Idempotency-Key</c> the job was created with, if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The failure code once failed (<c>failure_code</c>, or <c>data.error.code</c> on the legacy endpoint).</summary>
    public string? FailureCode { get; init; }

    /// <summary>The failure message once failed.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>The create request body.</summary>
    public System.Text.Json.Nodes.JsonObject? Request { get; init; }
}

/// <summary>One asset held by a <see cref="HeyGenEmulator"/>.</summary>
/// <param name="AssetId">The asset id.</param>
/// <param name="FileName">The uploaded file name.</param>
/// <param name="MimeType">The media type.</param>
/// <param name="SizeBytes">The bytes received (counted while streaming, never buffered).</param>
/// <param name="ViaDirectUpload">Whether the asset came through the direct-upload flow.</param>
/// <param name="Completed">Whether the asset is usable (direct uploads: after <c>/complete</c>).</param>
public sealed record HeyGenEmulatorAsset(string AssetId, string FileName, string MimeType, long SizeBytes, bool ViaDirectUpload, bool Completed);
