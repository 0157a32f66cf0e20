using System.Reflection;
using LipSync.Cli;
using System.Runtime.CompilerServices;

namespace LipSync.Sdk.Tests.Cli;

/// <summary>
/// Issue 11, defects 2 and 12, and issue 10's "the CLI uses only public API": readable usage errors, unwrapped
/// stderr, <c>errors explain</c> honouring Content-Type, and <c>generate</c> refusing providers without lip-sync jobs.
/// </summary>
public sealed class CliPolishTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = new();

    public static TheoryData<string[], string> UnparsableNumbers => new()
    {
        { ["generate", "--provider", "sync", "--video", "https://a/v.mp4", "--audio", "https://a/a.wav", "--timeout", "abc"], "--timeout: 'abc' is not a positive number of seconds" },
        { ["wait", "--provider", "sync", "gen_1", "--timeout", "0"], "--timeout: '0' is not a positive number of seconds" },
        { ["generate", "--provider", "sync", "--video", "https://a/v.mp4", "--audio", "https://a/a.wav", "--max-retries", "many"], "--max-retries: 'many' is not a whole number from 0 to 20" },
        { ["generate", "--provider", "sync", "--video", "https://a/v.mp4", "--audio", "https://a/a.wav", "--max-retries", "99"], "--max-retries: '99' is not a whole number from 0 to 20" },
        { ["errors", "explain", "--provider", "sync", "--status", "abc"], "--status: 'abc' is not an HTTP status code from 100 to 599" },
        { ["emulate", "--provider", "sync", "--port", "http"], "--port: 'http' is not a port number from 0 to 65535" },
        { ["emulate", "--provider", "sync", "--port", "70000"], "--port: '70000' is not a port number from 0 to 65535" },
    };

    [Theory]
    [MemberData(nameof(UnparsableNumbers))]
    public async Task A_value_that_is_not_a_number_names_the_option_the_value_and_what_is_expected(string[] args, string message)
    {
        var run = await CliHarness.RunAsync(NoEnvironment, args);
        var json = await CliHarness.RunAsync(NoEnvironment, [.. args, "--json"]);

        run.ExitCode.Should().Be(ExitCodes.Usage, run.ToString());
        run.Error.Should().Contain(message).And.NotContain("System.").And.NotContain("Nullable");
        json.ExitCode.Should().Be(ExitCodes.Usage, json.ToString());
        json.Error.Should().Contain(message);
    }

    [Theory]
    [InlineData("breeze")]
    [InlineData("audiospliter")]
    [InlineData("BREEZE")]
    public async Task Generate_with_a_provider_without_lip_sync_jobs_is_a_usage_error_not_a_crash(string provider)
    {
        await using var cli = await CliHarness.StartAsync();
        string[] args = ["generate", "--provider", provider, "--video", "https://a/v.mp4", "--audio", "https://a/a.wav"];

        var run = await cli.RunAsync(args);
        var json = await cli.RunAsync([.. args, "--json"]);

        foreach (var result in new[] { run, json })
        {
            result.ExitCode.Should().Be(ExitCodes.Usage, result.ToString());
            result.Output.Should().BeEmpty();
            result.Error.Should().Contain($"--provider: {provider.ToLowerInvariant()} does not run lip-sync jobs")
                .And.Contain("Lip-sync providers: chamelaion, heygen, sync.")
                .And.NotContain("Unhandled exception").And.NotContain("NotSupportedException");
        }

        cli.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Generate_help_lists_only_the_lip_sync_providers_and_status_lists_all()
    {
        var generate = await CliHarness.RunAsync(NoEnvironment, "generate", "--help");
        var status = await CliHarness.RunAsync(NoEnvironment, "status", "--help");

        generate.Output.Should().Contain("The lip-sync provider: chamelaion, heygen, sync.").And.NotContain("breeze");
        status.Output.Should().Contain("audiospliter").And.Contain("breeze").And.Contain("sync");
    }

    [Fact]
    public async Task Redirected_stderr_keeps_long_messages_and_hints_on_one_line()
    {
        var longUrl = "not-a-url-" + new string('x', 150);
        await using var cli = await CliHarness.StartAsync();

        var usage = await cli.RunAsync("status", "--provider", "sync", "gen_1", "--base-url", longUrl);
        var failure = await cli.RunAsync("status", "--provider", "sync", "no-such-job");

        Lines(usage.Error).Should().Contain($"lipsync: --base-url / LIPSYNC_SYNC_BASE_URL: '{longUrl}' is not an absolute http(s) URL.");
        failure.ExitCode.Should().Be(7, failure.ToString());
        Lines(failure.Error).Should().Contain("hint: Check the job id and the provider (--provider); ids are not shared between providers.",
            "an 85-character hint used to be wrapped at 80 columns");
        Lines(failure.Error).Should().Contain(l => l.StartsWith("error: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_uses_the_content_type_header()
    {
        string[] args = ["errors", "explain", "--provider", "sync", "--status", "502", "--body", "<html><body>Bad gateway</body></html>", "--header", "Content-Type: text/html; charset=utf-8"];

        var text = await CliHarness.RunAsync(NoEnvironment, args);
        var json = await CliHarness.RunAsync(NoEnvironment, [.. args, "--json"]);

        text.Output.Should().Contain("non-JSON body (text/html, 37 bytes)").And.NotContain("no content type");
        json.OutputJson.Str("message").Should().Be("sync: HTTP 502 Bad Gateway with a non-JSON body (text/html, 37 bytes)");
    }

    [Fact]
    public void FromResponse_honours_a_content_type_header_and_ignores_a_malformed_one()
    {
        var html = LipSyncErrors.FromResponse("heygen", 503, "<html>down</html>", [new("content-type", ["text/html"])]);
        var malformed = LipSyncErrors.FromResponse("heygen", 503, "<html>down</html>", [new("Content-Type", ["not a media type\r\nX-Forged: 1"])]);
        var none = LipSyncErrors.FromResponse("heygen", 503, "<html>down</html>");

        html.Message.Should().Contain("(text/html, 17 bytes)");
        malformed.Message.Should().Contain("(no content type, 17 bytes)").And.NotContain("Forged");
        none.Message.Should().Contain("(no content type, 17 bytes)");
    }

    [Fact]
    public void The_CLI_is_built_on_the_public_API_only()
    {
        var friends = typeof(LipSyncException).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName);

        friends.Should().NotContain(name => name.StartsWith("LipSync.Cli", StringComparison.Ordinal));
    }

    [Fact]
    public void The_public_provider_list_has_every_built_in_provider_with_its_key_variable_and_capability()
    {
        LipSyncProviders.BuiltIn.Select(p => (p.Name, p.ApiKeyEnvironmentVariable, p.SupportsLipSyncJobs)).Should().Equal(
            ("audiospliter", "AUDIOSPLITER_API_KEY", false),
            ("breeze", "BREEZE_API_KEY", false),
            ("chamelaion", "CHAMELAION_API_KEY", true),
            ("heygen", "HEYGEN_API_KEY", true),
            ("sync", "SYNC_API_KEY", true));
        LipSyncProviders.BuiltIn.Should().OnlyContain(p => p.DefaultBaseAddress.Scheme == Uri.UriSchemeHttps);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries);
}
