using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// A time range of the video voiced by one referenced audio or text input (<c>segments[]</c>).
/// </summary>
public sealed class GenerationSegment
{
    /// <summary>Segment start in the video, seconds (<c>startTime</c>).</summary>
    [JsonPropertyName("startTime")]
    public double StartTime { get; set; }

    /// <summary>Segment end in the video, seconds (<c>endTime</c>).</summary>
    [JsonPropertyName("endTime")]
    public double EndTime { get; set; }

    /// <summary>The audio that voices this segment (<c>audioInput</c>).</summary>
    [JsonPropertyName("audioInput")]
    public SegmentAudioInput AudioInput { get; set; } = new();

    /// <summary>Segment fields this SDK does not model (for example <c>optionsOverride</c>); written back as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// The audio reference of a <see cref="GenerationSegment"/> (<c>segments[].audioInput</c>).
/// </summary>
public sealed class SegmentAudioInput
{
    /// <summary>The <c>refId</c> of an audio or text item of <c>input</c> (<c>refId</c>).</summary>
    [JsonPropertyName("refId")]
    public string RefId { get; set; } = string.Empty;

    /// <summary>Crop start in the referenced audio, seconds (<c>startTime</c>); set together with <see cref="EndTime"/>.</summary>
    [JsonPropertyName("startTime")]
    public double? StartTime { get; set; }

    /// <summary>Crop end in the referenced audio, seconds (<c>endTime</c>); set together with <see cref="StartTime"/>.</summary>
    [JsonPropertyName("endTime")]
    public double? EndTime { get; set; }
}
