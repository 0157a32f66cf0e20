namespace LipSync.Sdk;

/// <summary>
/// The providers one owner knows, by case-insensitive name: a container (built-ins plus the envelope profiles added to
/// its service collection), a stand-alone <see cref="LipSyncClientFactory"/> (built-ins plus the profiles it was
/// given), or <see cref="Default"/> (built-ins only, for <see cref="LipSyncErrors.FromResponse"/>).
/// Immutable: registering a provider in one application never changes what another sees.
/// </summary>
internal sealed class ProviderRegistry
{
    private readonly Dictionary<string, ProviderDefinition> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="definitions">The providers; a later one with the same name replaces an earlier one.</param>
    public ProviderRegistry(IEnumerable<ProviderDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            _byName[definition.Name] = definition;
        }
    }

    /// <summary>The built-in providers, and nothing else, ever.</summary>
    public static ProviderRegistry Default { get; } = new(ProviderDefinitions.BuiltIn);

    public IEnumerable<ProviderDefinition> All => _byName.Values;

    public IEnumerable<string> Names => _byName.Keys.Order(StringComparer.Ordinal);

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProviderDefinition? definition) =>
        _byName.TryGetValue(name, out definition);

    public ProviderDefinition Get(string name) =>
        TryGet(name, out var definition)
            ? definition
            : throw new ArgumentException($"Unknown provider '{name}'. Known providers: {string.Join(", ", Names)}.", nameof(name));
}
