namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of an input item's <c>type</c> discriminator (see <see cref="GenerationInput"/>).
/// </summary>
public static class GenerationInputTypes
{
    /// <summary><c>video</c>: the visual track to lip-sync.</summary>
    public const string Video = "video";

    /// <summary><c>audio</c>: recorded speech.</summary>
    public const string Audio = "audio";

    /// <summary><c>text</c>: text-to-speech input rendered by a <see cref="TtsProvider"/>.</summary>
    public const string Text = "text";

    /// <summary><c>image</c>: a still image to animate (<c>sync-3</c> only).</summary>
    public const string Image = "image";
}
