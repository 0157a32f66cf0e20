using System.Text.RegularExpressions;
using LipSync.Sdk.Providers.HeyGen;

namespace LipSync.Sdk.Tests.Docs;

/// <summary>
/// Issue 13 "docs list every endpoint per provider with its source": docs/providers/heygen.md's endpoint table names
/// every method of <see cref="IHeyGenClient"/>, and every row names its source, so a new endpoint cannot ship undocumented.
/// </summary>
public sealed partial class HeyGenEndpointTableTests
{
    [Fact]
    public void Every_native_method_is_in_the_endpoint_table_with_a_source()
    {
        var lines = File.ReadAllLines(Path.Combine(Snapshots.RepositoryRoot, "docs", "providers", "heygen.md"));
        var header = Array.FindIndex(lines, l => l.Trim() == "| endpoint | method | source |");
        header.Should().BePositive("heygen.md has the endpoint table");
        var rows = lines.Skip(header + 2).TakeWhile(l => l.TrimStart().StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

        rows.Should().OnlyContain(cells => cells.Length == 3 && cells[2].Length > 0, "every endpoint names its source");
        var documented = rows.SelectMany(cells => MethodName().Matches(cells[1]).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        typeof(IHeyGenClient).GetMethods().Select(m => m.Name).Distinct().Should().OnlyContain(name => documented.Contains(name),
            "every IHeyGenClient method is listed in docs/providers/heygen.md's endpoint table");
    }

    [GeneratedRegex("`([A-Za-z]+Async)`")]
    private static partial Regex MethodName();
}
