using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// One item of a generation's <c>input</c> array.
/// </summary>
/// <remarks>
/// <para>
/// The wire format is a union discriminated by <c>type</c> (<see cref="GenerationInputTypes"/>):
/// <c>video</c> { <c>url</c> | <c>assetId</c>, deprecated <c>segments_secs</c> / <c>segments_frames</c> },
/// <c>audio</c> { <c>url</c> | <c>assetId</c>, <c>refId</c> },
/// <c>text</c> { <c>provider</c>, <c>refId</c> } and
/// <c>image</c> { <c>url</c> | <c>assetId</c> } (<c>sync-3</c> only).
/// </para>
/// <para>
/// It is modelled as one flat class (members that do not apply to a type stay <see langword="null"/> and are not
/// written), which keeps source-generated serialization simple and never fails on an unknown <c>type</c>.
/// Prefer the static factories.
/// </para>
/// </remarks>
public sealed class GenerationInput
{
    /// <summary>Discriminator (<c>type</c>): <c>video</c>, <c>audio</c>, <c>text</c> or <c>image</c>; see <see cref="GenerationInputTypes"/>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>Public media URL (<c>url</c>); set this or <see cref="AssetId"/> for video, audio and image inputs.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Sync asset identifier (<c>assetId</c>); set this or <see cref="Url"/>.</summary>
    [JsonPropertyName("assetId")]
    public string? AssetId { get; set; }

    /// <summary>Reference id (<c>refId</c>) of an audio or text input, required when the request uses <c>segments</c>.</summary>
    [JsonPropertyName("refId")]
    public string? RefId { get; set; }

    /// <summary>Text-to-speech settings (<c>provider</c>); only for <c>text</c> inputs.</summary>
    [JsonPropertyName("provider")]
    public TtsProvider? Provider { get; set; }

    /// <summary>
    /// Deprecated: video time ranges in seconds (<c>segments_secs</c>), each <c>[start, end]</c>.
    /// Use request-level <c>segments</c> instead. Only for <c>video</c> inputs.
    /// </summary>
    [JsonPropertyName("segments_secs")]
    public double[][]? SegmentsSecs { get; set; }

    /// <summary>
    /// Deprecated: video frame ranges (<c>segments_frames</c>), each <c>[start, end]</c>.
    /// Use request-level <c>segments</c> instead. Only for <c>video</c> inputs.
    /// </summary>
    [JsonPropertyName("segments_frames")]
    public double[][]? SegmentsFrames { get; set; }

    /// <summary>Input fields this SDK does not model; written back as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a <c>video</c> input from a public URL.</summary>
    /// <param name="url">Absolute URL of the video.</param>
    /// <returns>The input item.</returns>
    public static GenerationInput Video(Uri url) =>
        new() { Type = GenerationInputTypes.Video, Url = ToWire(url) };

    /// <summary>Creates a <c>video</c> input from a Sync asset.</summary>
    /// <param name="assetId">Identifier of a registered <c>VIDEO</c> asset.</param>
    /// <returns>The input item.</returns>
    public static GenerationInput VideoAsset(string assetId) =>
        new() { Type = GenerationInputTypes.Video, AssetId = RequireId(assetId) };

    /// <summary>Creates an <c>audio</c> input from a public URL.</summary>
    /// <param name="url">Absolute URL of the audio.</param>
    /// <param name="refId">Optional reference id, required when the request uses segments.</param>
    /// <returns>The input item.</returns>
    public static GenerationInput Audio(Uri url, string? refId = null) =>
        new() { Type = GenerationInputTypes.Audio, Url = ToWire(url), RefId = refId };

    /// <summary>Creates an <c>audio</c> input from a Sync asset.</summary>
    /// <param name="assetId">Identifier of a registered <c>AUDIO</c> asset.</param>
    /// <param name="refId">Optional reference id, required when the request uses segments.</param>
    /// <returns>The input item.</returns>
    public static GenerationInput AudioAsset(string assetId, string? refId = null) =>
        new() { Type = GenerationInputTypes.Audio, AssetId = RequireId(assetId), RefId = refId };

    /// <summary>Creates an <c>image</c> input from a public URL (<c>sync-3</c> only).</summary>
    /// <param name="url">Absolute URL of a JPEG, PNG or WebP image.</param>
    /// <returns>The input item.</returns>
    public static GenerationInput Image(Uri url) =>
        new() { Type = GenerationInputTypes.Image, Url = ToWire(url) };

    /// <summary>Creates an <c>image</c> input from a Sync asset (<c>sync-3</c> only).</summary>
    /// <param name="assetId">Identifier of a registered <c>IMAGE</c> asset.</param>
    /// <returns>The input item.</returns>
    public static GenerationInput ImageAsset(string assetId) =>
        new() { Type = GenerationInputTypes.Image, AssetId = RequireId(assetId) };

    /// <summary>Creates a <c>text</c> (text-to-speech) input.</summary>
    /// <param name="provider">TTS settings, e.g. from <see cref="TtsProvider.ElevenLabs"/>.</param>
    /// <param name="refId">Optional reference id, required when the request uses segments.</param>
    /// <returns>The input item.</returns>
    public static GenerationInput Text(TtsProvider provider, string? refId = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new() { Type = GenerationInputTypes.Text, Provider = provider, RefId = refId };
    }

    private static string ToWire(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("The input URL must be absolute.", nameof(url));
        }

        // OriginalString keeps signed query strings byte-for-byte.
        return url.OriginalString;
    }

    private static string RequireId(string assetId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        return assetId;
    }
}
