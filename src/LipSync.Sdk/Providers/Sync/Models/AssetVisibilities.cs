namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of an asset's <c>visibility</c>.
/// </summary>
public static class AssetVisibilities
{
    /// <summary><c>USER</c>: visible to the owning user only.</summary>
    public const string User = "USER";

    /// <summary><c>ORGANIZATION</c>: visible to the whole organization.</summary>
    public const string Organization = "ORGANIZATION";
}
