using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk;

/// <summary>The providers this build of the SDK hosts.</summary>
internal static class ProviderDefinitions
{
    /// <summary>The providers built into the SDK: one line per provider.</summary>
    internal static readonly ProviderDefinition[] BuiltIn =
    [
        SyncProvider.Definition,
        Providers.Chamelaion.ChamelaionProvider.Definition,
        Providers.HeyGen.HeyGenProvider.Definition,
        BreezeProvider.Definition,
        AudioSpliterProvider.Definition,
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ProviderDefinition> ByName = new(
        BuiltIn.Select(d => KeyValuePair.Create(d.Name, d)), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<ProviderDefinition> All => ByName.Values;

    /// <summary>Adds a provider (a custom envelope profile, for example) and its error profile.</summary>
    public static void Register(ProviderDefinition definition)
    {
        ByName[definition.Name] = definition;
        ProviderErrorProfiles.Register(definition.ErrorProfile);
    }

    /// <summary>Removes a provider added with <see cref="Register"/> (tests that register a provider for one run).</summary>
    internal static void Unregister(string name)
    {
        ByName.TryRemove(name, out _);
        ProviderErrorProfiles.Unregister(name);
    }

    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProviderDefinition? definition) =>
        ByName.TryGetValue(name, out definition);

    public static ProviderDefinition Get(string name) =>
        TryGet(name, out var definition)
            ? definition
            : throw new ArgumentException($"Unknown provider '{name}'. Known providers: {string.Join(", ", ByName.Keys.Order())}.", nameof(name));
}
