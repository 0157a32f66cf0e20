namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>The values of <see cref="MediaInput.Type"/>.</summary>
public static class MediaInputTypes
{
    /// <summary><c>video</c>: the video whose speaker is lip-synced (MP4).</summary>
    public const string Video = "video";

    /// <summary><c>audio</c>: the speech to sync to (WAV or MP3).</summary>
    public const string Audio = "audio";
}
