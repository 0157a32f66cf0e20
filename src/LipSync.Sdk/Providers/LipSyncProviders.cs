namespace LipSync.Sdk;

/// <summary>The providers built into this version of the SDK, for tools, configuration checks and documentation.</summary>
public static class LipSyncProviders
{
    /// <summary>Every built-in provider, in name order. Providers registered at run time (custom envelope profiles) are not listed.</summary>
    public static IReadOnlyList<LipSyncProviderInfo> BuiltIn { get; } =
        ProviderDefinitions.BuiltIn.Select(d => new LipSyncProviderInfo(d)).OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
}
