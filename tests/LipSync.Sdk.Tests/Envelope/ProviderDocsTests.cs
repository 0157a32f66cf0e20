using System.Globalization;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>The error tables of docs/providers are checked against the catalogues, so the docs cannot drift.</summary>
public sealed class ProviderDocsTests
{
    [Theory]
    [InlineData("breeze.md", "breeze")]
    [InlineData("audiospliter.md", "audiospliter")]
    public void Docs_error_table_lists_every_catalogue_row(string file, string provider)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "providers", file));
        var entries = provider == "breeze" ? BreezeErrorCatalog.Entries : AudioSpliterErrorCatalog.Entries;
        foreach (var entry in entries)
        {
            var status = entry.Status?.ToString(CultureInfo.InvariantCulture) ?? "—";
            text.Should().Contain($"| `{entry.Code}` | {status} | {entry.Kind} | ", entry.Code);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LipSync.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
