using LipSync.Cli.Docs;

namespace LipSync.Sdk.Tests.Cli;

/// <summary><c>errors explain</c> and <c>errors list</c>: offline, for every registered provider.</summary>
public sealed class ErrorsCommandTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = new();

    [Fact]
    public async Task Explain_json_classifies_like_FromResponse_field_by_field()
    {
        var run = await CliHarness.RunAsync(NoEnvironment,
            "errors", "explain", "--provider", "sync", "--status", "404",
            "--body", """{"statusCode":404,"message":"Rate limit exceeded. Please try again later.","errorCode":"rate_limit_exceeded"}""",
            "--header", "Retry-After: 12", "--header", "x-request-id: req-7", "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        var explained = run.OutputJson;
        explained.ShouldHaveExactly(JsonContract.ExplanationFields);
        explained.Str("provider").Should().Be("sync");
        explained.Str("kind").Should().Be("RateLimited", "the code decides, not the misleading 404");
        explained.GetProperty("retryable").GetBoolean().Should().BeTrue();
        explained.GetProperty("statusCode").GetInt32().Should().Be(404);
        explained.Str("errorCode").Should().Be("rate_limit_exceeded");
        explained.Str("message").Should().Be("sync: Rate limit exceeded. Please try again later. (HTTP 404, code rate_limit_exceeded)");
        explained.GetProperty("retryAfterSeconds").GetDouble().Should().Be(12);
    }

    [Fact]
    public async Task Explain_without_a_body_falls_back_to_the_status_and_nulls()
    {
        var run = await CliHarness.RunAsync(NoEnvironment, "errors", "explain", "--provider", "Sync", "--status", "503", "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        run.OutputJson.Str("kind").Should().Be("ServiceUnavailable");
        run.OutputJson.IsNull("errorCode").Should().BeTrue();
        run.OutputJson.IsNull("retryAfterSeconds").Should().BeTrue();
    }

    [Fact]
    public async Task Explain_reads_a_body_file_and_prints_text_with_the_exit_code_and_a_hint()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """{"statusCode":402,"message":"Payment is required.","errorCode":"account_payment_required"}""");
        try
        {
            var run = await CliHarness.RunAsync(NoEnvironment, "errors", "explain", "--provider", "sync", "--status", "402", "--body-file", file);

            run.ExitCode.Should().Be(0, run.ToString());
            run.Output.Should().Contain("Kind:        QuotaExceeded").And.Contain("Error code:  account_payment_required")
                .And.Contain("Exit code:   4").And.Contain("Hint:");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task List_json_has_every_registered_catalogue_row()
    {
        var run = await CliHarness.RunAsync(NoEnvironment, "errors", "list", "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        var providers = run.OutputJson.GetProperty("providers").EnumerateArray().ToList();
        providers.Select(p => p.Str("provider")).Should().Equal(LipSyncErrors.Providers);
        foreach (var provider in providers)
        {
            var catalog = LipSyncErrors.GetCatalog(provider.Str("provider")!);
            var rows = provider.GetProperty("errors").EnumerateArray().ToList();
            rows.Should().HaveCount(catalog.Entries.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var entry = catalog.Entries[i];
                rows[i].ShouldHaveExactly(["code", "status", "kind", "retryable", "message"]);
                rows[i].Str("code").Should().Be(entry.Code);
                (rows[i].IsNull("status") ? (int?)null : rows[i].GetProperty("status").GetInt32()).Should().Be(entry.Status);
                rows[i].Str("kind").Should().Be(entry.Kind.ToString());
                rows[i].GetProperty("retryable").GetBoolean().Should().Be(entry.IsRetryable);
                rows[i].Str("message").Should().Be(entry.Message);
            }
        }
    }

    [Fact]
    public async Task List_text_and_markdown()
    {
        var text = await CliHarness.RunAsync(NoEnvironment, "errors", "list", "--provider", "sync");
        // One provider: other tests register custom profiles process-wide while this one runs.
        var markdown = await CliHarness.RunAsync(NoEnvironment, "errors", "list", "--markdown", "--provider", "sync");

        text.ExitCode.Should().Be(0);
        text.Output.Should().Contain($"sync ({LipSyncErrors.GetCatalog("sync").Entries.Count} codes)").And.Contain("rate_limit_exceeded");
        markdown.ExitCode.Should().Be(0);
        markdown.Output.Should().Be(CatalogMarkdown.Render([LipSyncErrors.GetCatalog("sync")]));
    }
}
