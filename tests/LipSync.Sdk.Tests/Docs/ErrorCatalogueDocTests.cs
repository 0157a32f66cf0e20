using LipSync.Cli.Docs;

namespace LipSync.Sdk.Tests.Docs;

/// <summary>docs/errors.md holds the catalogue of every registered provider, generated from the catalogues.</summary>
public sealed class ErrorCatalogueDocTests
{
    [Fact]
    [Trait("Category", "Snapshot")]
    public void Docs_errors_md_has_the_current_catalogues()
    {
        var path = Path.Combine(Snapshots.RepositoryRoot, "docs", "errors.md");
        var document = Snapshots.Normalize(File.ReadAllText(path));
        var expected = CatalogMarkdown.Splice(document, CatalogMarkdown.RenderAll());
        expected.Should().NotBeNull($"docs/errors.md must contain the markers {CatalogMarkdown.BeginMarker} and {CatalogMarkdown.EndMarker}");

        if (expected != document && Snapshots.Accepting)
        {
            File.WriteAllText(path, expected);
            return;
        }

        document.Should().Be(expected,
            $"docs/errors.md is generated from the error catalogues and is stale; regenerate it with: {Snapshots.AcceptCommand}");
    }

    [Fact]
    public void The_generated_section_lists_every_code_of_every_provider()
    {
        var section = CatalogMarkdown.RenderAll();

        foreach (var provider in ProviderDefinitions.BuiltIn.Select(d => d.Name))
        {
            section.Should().Contain($"### {provider}\n");
            foreach (var entry in LipSyncErrors.GetCatalog(provider).Entries)
            {
                section.Should().Contain($"| `{entry.Code}` | {entry.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"} | {entry.Kind} | {(entry.IsRetryable ? "yes" : "no")} |");
            }
        }
    }

    [Fact]
    public void Pipes_in_messages_do_not_break_the_table()
    {
        var catalog = new ErrorCatalog("pipes", [new("a|b", LipSyncErrorKind.Unknown, false, null, "x | y\nz")]);

        var section = CatalogMarkdown.Render([catalog]);

        section.Should().Contain("| `a\\|b` | — | Unknown | no | x \\| y z |");
    }
}
