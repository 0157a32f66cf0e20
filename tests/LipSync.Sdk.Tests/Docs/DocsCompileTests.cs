namespace LipSync.Sdk.Tests.Docs;

/// <summary>
/// Issue 11 "deliver also": every C# block in README.md and docs/ compiles against the SDK as built, so the docs
/// cannot drift from the API again (the README's DI block lacked a using; a heygen.md call did not compile).
/// </summary>
public sealed class DocsCompileTests
{
    public static TheoryData<string> Snippets
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var snippet in DocSnippet.All.Where(s => s.SkipReason is null))
            {
                data.Add(snippet.ToString());
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Every_csharp_block_compiles(string location)
    {
        var snippet = DocSnippet.All.Single(s => s.ToString() == location);

        var errors = DocSnippetCompiler.Errors(snippet);

        errors.Should().BeEmpty($"{location} must compile as shown:\n{DocSnippetCompiler.Arrange(snippet)}");
    }

    [Fact]
    public void The_docs_have_csharp_blocks_and_few_are_exempt()
    {
        DocSnippet.All.Should().HaveCountGreaterThan(30, "the README and docs show the API in C#");
        DocSnippet.Pages.Should().Contain(["README.md", "docs/getting-started.md", "docs/providers/heygen.md"]);
        DocSnippet.All.Where(s => s.SkipReason is not null).Should().HaveCountLessThanOrEqualTo(2, "partial blocks are the exception, each with its reason");
    }
}
