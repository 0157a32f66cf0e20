namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of <c>options.prompt</c>: a single-word emotion (only honoured by <c>react-1</c>).
/// </summary>
public static class Emotions
{
    /// <summary><c>happy</c>.</summary>
    public const string Happy = "happy";

    /// <summary><c>sad</c>.</summary>
    public const string Sad = "sad";

    /// <summary><c>angry</c>.</summary>
    public const string Angry = "angry";

    /// <summary><c>disgusted</c>.</summary>
    public const string Disgusted = "disgusted";

    /// <summary><c>surprised</c>.</summary>
    public const string Surprised = "surprised";

    /// <summary><c>neutral</c>.</summary>
    public const string Neutral = "neutral";
}
