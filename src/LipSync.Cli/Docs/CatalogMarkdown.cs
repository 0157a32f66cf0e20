using System.Globalization;
using System.Text;

namespace LipSync.Cli.Docs;

/// <summary>
/// Renders the error catalogues as the generated section of <c>docs/errors.md</c> (between
/// <see cref="BeginMarker"/> and <see cref="EndMarker"/>). A test regenerates it and fails when the file is stale.
/// </summary>
internal static class CatalogMarkdown
{
    public const string BeginMarker = "<!-- BEGIN GENERATED CATALOGUE (lipsync errors list --markdown; do not edit by hand) -->";

    public const string EndMarker = "<!-- END GENERATED CATALOGUE -->";

    /// <summary>
    /// The section for every built-in provider, in name order. Custom profiles registered at run time (by an app or a
    /// test) are not part of the SDK's documentation.
    /// </summary>
    public static string RenderAll() =>
        Render(LipSyncProviders.BuiltIn.Select(p => LipSyncErrors.GetCatalog(p.Name)).ToList());

    public static string Render(IReadOnlyList<ErrorCatalog> catalogues)
    {
        var text = new StringBuilder();
        text.Append(BeginMarker).Append('\n');
        text.Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"{catalogues.Count} provider(s): {string.Join(", ", catalogues.Select(c => $"[{c.Provider}](#{c.Provider})"))}.\n");
        foreach (var catalog in catalogues)
        {
            text.Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"### {catalog.Provider}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"{catalog.Entries.Count} codes from `LipSyncErrors.GetCatalog(\"{catalog.Provider}\").Entries`, in catalogue order.\n\n");
            text.Append("| code | status | kind | retryable | message |\n");
            text.Append("| --- | --- | --- | --- | --- |\n");
            foreach (var entry in catalog.Entries)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"| `{Cell(entry.Code)}` | {entry.Status?.ToString(CultureInfo.InvariantCulture) ?? "—"} | {entry.Kind} | {(entry.IsRetryable ? "yes" : "no")} | {Cell(entry.Message)} |\n");
            }
        }

        text.Append('\n').Append(EndMarker).Append('\n');
        return text.ToString();
    }

    /// <summary>Replaces the generated section of a document; null when the markers are missing.</summary>
    public static string? Splice(string document, string section)
    {
        var begin = document.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            return null;
        }

        var after = end + EndMarker.Length;
        if (after < document.Length && document[after] == '\n')
        {
            after++;
        }

        return document[..begin] + section + document[after..];
    }

    // Pipes end a table cell and new lines end a row.
    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
