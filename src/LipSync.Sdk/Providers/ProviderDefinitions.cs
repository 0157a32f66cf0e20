using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk;

/// <summary>The providers this build of the SDK hosts.</summary>
internal static class ProviderDefinitions
{
    private static readonly Dictionary<string, ProviderDefinition> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        [SyncErrorCatalog.ProviderName] = SyncProvider.Definition,
    };

    public static IEnumerable<ProviderDefinition> All => ByName.Values;

    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProviderDefinition? definition) =>
        ByName.TryGetValue(name, out definition);

    public static ProviderDefinition Get(string name) =>
        TryGet(name, out var definition)
            ? definition
            : throw new ArgumentException($"Unknown provider '{name}'. Known providers: {string.Join(", ", ByName.Keys.Order())}.", nameof(name));
}
