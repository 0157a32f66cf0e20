using System.Text.RegularExpressions;

namespace LipSync.Sdk.Tests.Docs;

/// <summary>
/// One fenced C# block of README.md or docs/**/*.md, with what a reader carries into it: the <c>using</c> directives
/// of the earlier blocks on the same page (a page shows its usings once) and the page's declared context, the
/// variables its prose talks about (<c>&lt;!-- snippet-context: ILipSyncClient lipSync; --&gt;</c>, anywhere on the
/// page). A block preceded by <c>&lt;!-- snippet: not compiled (reason) --&gt;</c> is skipped: the escape hatch for a
/// deliberately partial block, kept rare (the tests cap how many there are).
/// </summary>
public sealed partial record DocSnippet(string Page, int Line, string Code, IReadOnlyList<string> PageUsings, string PageContext, string? SkipReason)
{
    /// <summary>The pages that are compiled: the README and every doc except the CLI's (its blocks are shell).</summary>
    public static IReadOnlyList<string> Pages { get; } = FindPages();

    public static IReadOnlyList<DocSnippet> All { get; } = Pages.SelectMany(Read).ToList();

    public override string ToString() => $"{Page}:{Line}";

    private static IReadOnlyList<string> FindPages()
    {
        var root = Snapshots.RepositoryRoot;
        return new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .ToList();
    }

    private static IEnumerable<DocSnippet> Read(string page)
    {
        var text = File.ReadAllText(Path.Combine(Snapshots.RepositoryRoot, page)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var context = string.Join("\n", ContextComment().Matches(text).Select(m => m.Groups[1].Value.Trim()));
        var usings = new List<string>();
        foreach (Match block in CSharpBlock().Matches(text))
        {
            var line = text.AsSpan(0, block.Index).Count('\n') + 2;
            var before = text[..block.Index].TrimEnd();
            var skip = SkipComment().Match(before) is { Success: true } marker && before.EndsWith(marker.Value, StringComparison.Ordinal) ? marker.Groups[1].Value : null;
            var code = block.Groups[1].Value;
            yield return new DocSnippet(page, line, code, usings.ToList(), context, skip);
            usings.AddRange(UsingDirective().Matches(code).Select(m => m.Value.Trim()).Where(u => !usings.Contains(u)));
        }
    }

    [GeneratedRegex(@"^```(?:csharp|cs|c#)[ \t]*\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"<!--\s*snippet-context:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex ContextComment();

    [GeneratedRegex(@"<!--\s*snippet: not compiled \((.+?)\)\s*-->")]
    private static partial Regex SkipComment();

    [GeneratedRegex(@"^using\s+(?!var\b)(?!\()[A-Za-z0-9_.= ]+;[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
}
