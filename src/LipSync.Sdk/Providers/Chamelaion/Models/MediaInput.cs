using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>One item of the <c>inputs</c> array of <c>POST /v1/lipsync/generate</c>: a media URL and its type.</summary>
public sealed class MediaInput
{
    /// <summary>The input type (<c>type</c>): <c>video</c> or <c>audio</c>; see <see cref="MediaInputTypes"/>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>A publicly accessible URL of the media file (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    /// <summary>Creates a <c>video</c> input.</summary>
    /// <param name="url">An absolute URL of an MP4 video.</param>
    /// <returns>The input.</returns>
    public static MediaInput Video(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new() { Type = MediaInputTypes.Video, Url = url.AbsoluteUri };
    }

    /// <summary>Creates an <c>audio</c> input.</summary>
    /// <param name="url">An absolute URL of a WAV or MP3 file.</param>
    /// <returns>The input.</returns>
    public static MediaInput Audio(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new() { Type = MediaInputTypes.Audio, Url = url.AbsoluteUri };
    }
}
