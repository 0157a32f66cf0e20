using System.Reflection;
using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk.Tests.Docs;

/// <summary>
/// Issue 13 "docs list every endpoint per provider with its source": each native client method appears in its provider
/// page's endpoint table, on a row that names a source, so a new endpoint cannot ship undocumented.
/// </summary>
public sealed class NativeEndpointTablesTests
{
    public static TheoryData<string, Type> Clients => new()
    {
        { "sync", typeof(ISyncClient) },
        { "chamelaion", typeof(IChamelaionClient) },
    };

    [Theory]
    [MemberData(nameof(Clients))]
    public void Every_native_method_is_in_the_provider_pages_endpoint_table(string provider, Type client)
    {
        var rows = File.ReadAllLines(Path.Combine(Snapshots.RepositoryRoot, "docs", "providers", provider + ".md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .ToList();
        var methods = client.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Concat(client.GetInterfaces().SelectMany(i => i.GetMethods()))
            .Select(m => m.Name)
            .Where(name => name.EndsWith("Async", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        methods.Should().NotBeEmpty();
        foreach (var method in methods)
        {
            rows.Should().Contain(row => row.Contains($"`{method}", StringComparison.Ordinal),
                $"docs/providers/{provider}.md must list {client.Name}.{method} in an endpoint table");
        }
    }

    [Fact]
    public void The_sync_endpoint_table_names_a_source_on_every_row()
    {
        var text = File.ReadAllText(Path.Combine(Snapshots.RepositoryRoot, "docs", "providers", "sync.md"));
        var section = text[text.IndexOf("## Every endpoint and its source", StringComparison.Ordinal)..];
        var rows = section.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();

        rows.Should().HaveCountGreaterThan(10);
        rows.Should().OnlyContain(row => row.Contains("sync.so/docs", StringComparison.Ordinal) || row.Contains("@sync.so/sdk", StringComparison.Ordinal));
    }
}
