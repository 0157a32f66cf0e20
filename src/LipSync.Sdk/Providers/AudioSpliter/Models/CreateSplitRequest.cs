using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.AudioSpliter;

/// <summary>Body of <c>POST /splits</c>.</summary>
public sealed class CreateSplitRequest
{
    /// <summary>The audio to split (required): a URL AudioSpliter downloads.</summary>
    [JsonPropertyName("sourceUrl")]
    public string SourceUrl { get; set; } = string.Empty;

    /// <summary><c>duration</c> (default) or <c>fileSize</c>; see <see cref="SplitModes"/>.</summary>
    [JsonPropertyName("splitMode")]
    public string SplitMode { get; set; } = SplitModes.Duration;

    /// <summary>Segment length in whole seconds (at least 1), for <see cref="SplitModes.Duration"/>.</summary>
    [JsonPropertyName("segmentDuration")]
    public int? SegmentDuration { get; set; }

    /// <summary>Largest segment in bytes, for <see cref="SplitModes.FileSize"/>.</summary>
    [JsonPropertyName("maxFileSize")]
    public long? MaxFileSize { get; set; }

    /// <summary>mp3, wav, flac, ogg or aac (<see cref="SplitOutputFormats"/>); null keeps the source format.</summary>
    [JsonPropertyName("outputFormat")]
    public string? OutputFormat { get; set; }

    /// <summary>Where AudioSpliter POSTs job events.</summary>
    [JsonPropertyName("webhookUrl")]
    public string? WebhookUrl { get; set; }

    /// <summary>Caller metadata echoed on the job.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, string>? Metadata { get; set; }
}

/// <summary>Values of <see cref="CreateSplitRequest.SplitMode"/>.</summary>
public static class SplitModes
{
    /// <summary>Split into segments of <see cref="CreateSplitRequest.SegmentDuration"/> seconds.</summary>
    public const string Duration = "duration";

    /// <summary>Split into segments of at most <see cref="CreateSplitRequest.MaxFileSize"/> bytes.</summary>
    public const string FileSize = "fileSize";
}

/// <summary>Values of <see cref="CreateSplitRequest.OutputFormat"/>.</summary>
public static class SplitOutputFormats
{
    /// <summary>MP3.</summary>
    public const string Mp3 = "mp3";

    /// <summary>WAV.</summary>
    public const string Wav = "wav";

    /// <summary>FLAC.</summary>
    public const string Flac = "flac";

    /// <summary>Ogg.</summary>
    public const string Ogg = "ogg";

    /// <summary>AAC.</summary>
    public const string Aac = "aac";
}
