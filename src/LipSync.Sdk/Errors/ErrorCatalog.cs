using System.Collections.Frozen;

namespace LipSync.Sdk;

/// <summary>A provider's documented error codes, looked up by code.</summary>
public sealed class ErrorCatalog
{
    private readonly FrozenDictionary<string, ErrorCatalogEntry> _byCode;

    /// <summary>Creates a catalogue from its rows.</summary>
    /// <param name="provider">The provider name the codes belong to.</param>
    /// <param name="entries">The rows; codes must be unique (compared case-insensitively).</param>
    /// <param name="caseSensitive">Whether codes are compared case-sensitively.</param>
    public ErrorCatalog(string provider, IEnumerable<ErrorCatalogEntry> entries, bool caseSensitive = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(entries);
        Provider = provider;
        Entries = entries.ToArray();
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var map = new Dictionary<string, ErrorCatalogEntry>(comparer);
        foreach (var entry in Entries)
        {
            if (!map.TryAdd(entry.Code, entry))
            {
                throw new ArgumentException($"Duplicate error code '{entry.Code}' in the {provider} catalogue.", nameof(entries));
            }
        }

        _byCode = map.ToFrozenDictionary(comparer);
    }

    /// <summary>The provider name the codes belong to.</summary>
    public string Provider { get; }

    /// <summary>All rows, in documentation order.</summary>
    public IReadOnlyList<ErrorCatalogEntry> Entries { get; }

    /// <summary>Finds the row for a code.</summary>
    /// <param name="code">The provider's code; null or empty finds nothing.</param>
    /// <param name="entry">The row, when found.</param>
    /// <returns>True when the code is documented.</returns>
    public bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ErrorCatalogEntry? entry)
    {
        if (string.IsNullOrEmpty(code))
        {
            entry = null;
            return false;
        }

        return _byCode.TryGetValue(code, out entry);
    }
}
