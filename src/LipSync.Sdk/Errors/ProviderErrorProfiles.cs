using System.Collections.Concurrent;

namespace LipSync.Sdk;

/// <summary>The error profiles of every known provider, by case-insensitive name.</summary>
internal static class ProviderErrorProfiles
{
    private static readonly ConcurrentDictionary<string, ProviderErrorProfile> Profiles = new(StringComparer.OrdinalIgnoreCase)
    {
        [Providers.Sync.SyncErrorProfile.Instance.Name] = Providers.Sync.SyncErrorProfile.Instance,
    };

    public static IEnumerable<string> Names => Profiles.Keys;

    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProviderErrorProfile? profile) =>
        Profiles.TryGetValue(name, out profile);

    public static void Register(ProviderErrorProfile profile) => Profiles[profile.Name] = profile;
}
