namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of an asset's <c>type</c> (upper-case on the wire).
/// </summary>
public static class AssetTypes
{
    /// <summary><c>VIDEO</c>.</summary>
    public const string Video = "VIDEO";

    /// <summary><c>AUDIO</c>.</summary>
    public const string Audio = "AUDIO";

    /// <summary><c>IMAGE</c>.</summary>
    public const string Image = "IMAGE";
}
