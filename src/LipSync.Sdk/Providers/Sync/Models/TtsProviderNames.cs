namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of <c>input[].provider.name</c> for text-to-speech inputs.
/// </summary>
public static class TtsProviderNames
{
    /// <summary><c>elevenlabs</c>: the only documented TTS provider.</summary>
    public const string ElevenLabs = "elevenlabs";
}
