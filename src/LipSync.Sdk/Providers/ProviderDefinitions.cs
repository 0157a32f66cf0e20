using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk;

/// <summary>The providers this build of the SDK hosts.</summary>
internal static class ProviderDefinitions
{
    /// <summary>The providers built into the SDK: one line per provider. Every <see cref="ProviderRegistry"/> starts from these.</summary>
    internal static readonly ProviderDefinition[] BuiltIn =
    [
        SyncProvider.Definition,
        Providers.Chamelaion.ChamelaionProvider.Definition,
        Providers.HeyGen.HeyGenProvider.Definition,
        BreezeProvider.Definition,
        AudioSpliterProvider.Definition,
    ];
}
