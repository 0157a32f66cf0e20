namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of an asset's <c>inputType</c>: how the asset entered Sync.
/// </summary>
public static class AssetInputTypes
{
    /// <summary><c>UPLOAD</c>: uploaded file.</summary>
    public const string Upload = "UPLOAD";

    /// <summary><c>URL</c>: registered from a public URL.</summary>
    public const string Url = "URL";

    /// <summary><c>RECORD</c>: recorded in the Sync studio.</summary>
    public const string Record = "RECORD";

    /// <summary><c>TTS</c>: produced by text-to-speech.</summary>
    public const string Tts = "TTS";

    /// <summary><c>EXTRACT</c>: extracted from another asset.</summary>
    public const string Extract = "EXTRACT";

    /// <summary><c>PLATFORM_IMPORT</c>: imported from a connected platform.</summary>
    public const string PlatformImport = "PLATFORM_IMPORT";
}
