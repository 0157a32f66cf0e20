namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of <c>options.sync_mode</c>: how Sync reconciles a video and an audio of different durations.
/// </summary>
public static class SyncModes
{
    /// <summary><c>bounce</c>: play the video forward then backward when it is shorter than the audio (server default).</summary>
    public const string Bounce = "bounce";

    /// <summary><c>loop</c>: loop the video when it is shorter than the audio.</summary>
    public const string Loop = "loop";

    /// <summary><c>cut_off</c>: cut the audio to the video length.</summary>
    public const string CutOff = "cut_off";

    /// <summary><c>silence</c>: pad the audio with silence to the video length.</summary>
    public const string Silence = "silence";

    /// <summary><c>remap</c>: change the video speed to match the audio length.</summary>
    public const string Remap = "remap";
}
