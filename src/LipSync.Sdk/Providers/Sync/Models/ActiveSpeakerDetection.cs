using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Face selection settings (<c>options.active_speaker_detection</c>); keys are snake_case on the wire.
/// </summary>
public sealed class ActiveSpeakerDetection
{
    /// <summary>Let Sync pick the speaking face automatically (<c>auto_detect</c>); not supported for image inputs.</summary>
    [JsonPropertyName("auto_detect")]
    public bool? AutoDetect { get; set; }

    /// <summary>Frame on which <see cref="Coordinates"/> locate the face (<c>frame_number</c>).</summary>
    [JsonPropertyName("frame_number")]
    public int? FrameNumber { get; set; }

    /// <summary>Pixel point <c>[x, y]</c> on the target face (<c>coordinates</c>).</summary>
    [JsonPropertyName("coordinates")]
    public double[]? Coordinates { get; set; }

    /// <summary>
    /// Per-frame face boxes <c>[x1, y1, x2, y2]</c>, <see langword="null"/> for frames without the face (<c>bounding_boxes</c>).
    /// </summary>
    [JsonPropertyName("bounding_boxes")]
    public double[]?[]? BoundingBoxes { get; set; }

    /// <summary>URL of a JSON file holding the bounding boxes (<c>bounding_boxes_url</c>); third-party documented.</summary>
    [JsonPropertyName("bounding_boxes_url")]
    public string? BoundingBoxesUrl { get; set; }

    /// <summary>Keys this SDK does not model (for example <c>v3</c>); written back as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
