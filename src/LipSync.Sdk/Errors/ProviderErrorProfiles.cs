using System.Collections.Concurrent;

namespace LipSync.Sdk;

/// <summary>The error profiles of every known provider, by case-insensitive name.</summary>
internal static class ProviderErrorProfiles
{
    // Seeded from the hosted providers, so a new provider is registered in one place (ProviderDefinitions).
    private static readonly ConcurrentDictionary<string, ProviderErrorProfile> Profiles = new(
        ProviderDefinitions.BuiltIn.Select(d => KeyValuePair.Create(d.Name, d.ErrorProfile)), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Names => Profiles.Keys;

    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProviderErrorProfile? profile) =>
        Profiles.TryGetValue(name, out profile);

    public static void Register(ProviderErrorProfile profile) => Profiles[profile.Name] = profile;

    public static void Unregister(string name) => Profiles.TryRemove(name, out _);
}
