using System.Text.RegularExpressions;

namespace LipSync.Sdk.Tests.Docs;

/// <summary>
/// Issue 11 "deliver also": the provider and environment-variable tables of README.md and docs/configuration.md, and
/// the header line of each provider page, say what the provider registry says (names, key variables, native client
/// types, base addresses), so adding or renaming a provider cannot leave the docs behind.
/// </summary>
public sealed partial class ProviderTablesTests
{
    public static TheoryData<string> Pages => new() { "README.md", "docs/configuration.md" };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_environment_variable_table_lists_every_provider_with_its_variable(string page)
    {
        var rows = Table(page, "environment variable");

        var documented = rows
            .Select(row => (Name: ProviderName(row.Cells), Variable: Unquote(row["environment variable"])))
            .Where(r => r.Name is not null)
            .ToDictionary(r => r.Name!, r => r.Variable, StringComparer.Ordinal);

        documented.Keys.Should().BeEquivalentTo(ProviderDefinitions.BuiltIn.Select(d => d.Name), $"{page} must list every built-in provider");
        foreach (var definition in ProviderDefinitions.BuiltIn)
        {
            documented[definition.Name].Should().Be(definition.ApiKeyEnvironmentVariable, $"{page}: {definition.Name}'s key variable");
        }
    }

    [Fact]
    public void The_readme_names_each_providers_native_client()
    {
        foreach (var row in Table("README.md", "native client"))
        {
            var definition = ProviderRegistry.Default.Get(ProviderName(row.Cells)!);
            Unquote(row["native client"]).Should().Be(definition.NativeClientType.Name, $"README: {definition.Name}'s native client");
        }
    }

    [Fact]
    public void Each_provider_page_states_its_name_variable_and_base_address()
    {
        foreach (var definition in ProviderDefinitions.BuiltIn)
        {
            var text = File.ReadAllText(Path.Combine(Snapshots.RepositoryRoot, "docs", "providers", definition.Name + ".md"));
            var header = string.Join(' ', text.Split('\n').Skip(1).Take(4));

            header.Should().Contain($"`{definition.Name}`").And.Contain(definition.DefaultBaseAddress.AbsoluteUri.TrimEnd('/'))
                .And.Contain(definition.ApiKeyEnvironmentVariable, $"docs/providers/{definition.Name}.md's opening lines");
        }
    }

    private static string? ProviderName(IReadOnlyList<string> cells) =>
        cells.SelectMany(c => Quoted().Matches(c).Select(m => m.Groups[1].Value)).FirstOrDefault(name => ProviderRegistry.Default.TryGet(name, out _) && name == name.ToLowerInvariant());

    private static string Unquote(string cell) => Quoted().Match(cell) is { Success: true } m ? m.Groups[1].Value : cell.Trim();

    // The rows of the first Markdown table on the page whose header has the column.
    private static IReadOnlyList<Row> Table(string page, string column)
    {
        var lines = File.ReadAllLines(Path.Combine(Snapshots.RepositoryRoot, page));
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var header = Cells(lines[i]);
            if (header.Contains(column) && lines[i + 1].TrimStart().StartsWith("| ---", StringComparison.Ordinal))
            {
                return lines.Skip(i + 2).TakeWhile(l => l.TrimStart().StartsWith('|')).Select(l => new Row(header, Cells(l))).ToList();
            }
        }

        throw new InvalidOperationException($"{page} has no table with a '{column}' column.");
    }

    private static List<string> Cells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();

    private sealed record Row(IReadOnlyList<string> Header, IReadOnlyList<string> Cells)
    {
        public string this[string column] => Cells[Header.ToList().IndexOf(column)];
    }
}
