using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LipSync.Sdk.Tests.Docs;

/// <summary>
/// Compiles a <see cref="DocSnippet"/> in process with Roslyn against the SDK's built assemblies and the shared
/// framework, the way a console app would see it: the console SDK's implicit usings only (so a block that needs
/// <c>using LipSync.Sdk;</c> or <c>using Microsoft.Extensions.DependencyInjection;</c> must show it, or an earlier
/// block on its page must), statements first, then the types the block declares.
/// </summary>
internal static class DocSnippetCompiler
{
    // What `dotnet new console` imports implicitly (Microsoft.NET.Sdk ImplicitUsings).
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return framework.Concat(local)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Where(IsManagedAssembly)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    /// <summary>The compiler's errors, as "line: CSxxxx message" relative to the block; empty when it compiles.</summary>
    public static IReadOnlyList<string> Errors(DocSnippet snippet)
    {
        var tree = CSharpSyntaxTree.ParseText(Arrange(snippet), Parse, path: snippet.ToString());
        var hasStatements = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "DocSnippet",
            [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, Parse)],
            References.Value,
            new CSharpCompilationOptions(hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
    }

    /// <summary>
    /// The compilation unit: the page's usings and the block's own, then the page's context (declared, never
    /// assigned, as the prose describes them), the block's statements, and last the block's types (C# requires
    /// top-level statements before type declarations; a doc may show a class first).
    /// </summary>
    internal static string Arrange(DocSnippet snippet)
    {
        var root = CSharpSyntaxTree.ParseText(snippet.Code, Parse).GetCompilationUnitRoot();
        var ownUsings = root.Usings.Select(u => u.ToFullString().Trim()).ToList();
        var usings = snippet.PageUsings.Where(u => !ownUsings.Contains(u)).Concat(ownUsings);
        var statements = root.Members.OfType<GlobalStatementSyntax>().Select(s => s.ToFullString());
        var types = root.Members.Where(m => m is not GlobalStatementSyntax).Select(m => m.ToFullString());
        var context = root.Members.OfType<GlobalStatementSyntax>().Any() ? snippet.PageContext : string.Empty;
        return string.Join("\n", usings) + "\n#pragma warning disable\n" + Declarations(context, DeclaredNames(root)) + "\n" + string.Concat(statements) + "\n" + string.Concat(types);
    }

    // "ILipSyncClient lipSync; CancellationToken ct;" → declared with default! so the block type-checks against them;
    // a name the block declares itself is left to the block.
    private static string Declarations(string context, ISet<string> declared) => string.Concat(
        context.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(declaration => !declared.Contains(declaration[(declaration.LastIndexOf(' ') + 1)..]))
            .Select(declaration => declaration + " = default!;\n"));

    private static HashSet<string> DeclaredNames(CompilationUnitSyntax root) =>
        root.DescendantNodes().Select(node => node switch
        {
            VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
            ForEachStatementSyntax loop => loop.Identifier.ValueText,
            SingleVariableDesignationSyntax designation => designation.Identifier.ValueText,
            _ => null,
        }).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
