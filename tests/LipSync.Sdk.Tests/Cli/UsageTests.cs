namespace LipSync.Sdk.Tests.Cli;

/// <summary>Command lines that are wrong exit 2 before anything is sent.</summary>
public sealed class UsageTests
{
    public static TheoryData<string[]> WrongCommandLines => new()
    {
        Array.Empty<string>(),
        new[] { "frobnicate" },
        new[] { "generate", "--provider", "nope", "--video", "https://a/v.mp4", "--audio", "https://a/a.wav" },
        new[] { "generate", "--provider", "sync", "--audio", "https://a/a.wav" },
        new[] { "generate", "--provider", "sync", "--video", "https://a/v.mp4", "--audio", "https://a/a.wav", "--unknown" },
        new[] { "generate", "--provider", "sync", "--video", "https://a/v.mp4", "--audio", "https://a/a.wav", "--timeout", "-1" },
        new[] { "generate", "--provider", "sync", "--video", "https://a/v.mp4", "--audio", "https://a/a.wav", "--timeout", "soon" },
        new[] { "generate", "--provider", "sync", "--video", "https://a/v.mp4", "--audio", "https://a/a.wav", "--max-retries", "99" },
        new[] { "generate", "--provider", "sync", "--video", "/no/such/file.mp4", "--audio", "https://a/a.wav" },
        new[] { "generate", "--provider", "sync", "--video", "ftp://a/v.mp4", "--audio", "https://a/a.wav" },
        new[] { "generate", "--provider", "sync", "--video", "https://a/v.mp4", "--audio", "https://a/a.wav", "--webhook-url", "not a url" },
        new[] { "generate", "--provider", "sync", "--video", "https://a/v.mp4", "--audio", "https://a/a.wav", "--output", "/no/such/folder/out.mp4" },
        new[] { "status", "--provider", "sync" },
        new[] { "status", "--provider", "sync", "gen_1", "--base-url", "not-a-url" },
        new[] { "status", "--provider", "sync", "gen_1", "--timeout", "5" },
        new[] { "wait", "gen_1" },
        new[] { "errors", "explain", "--provider", "sync" },
        new[] { "errors", "explain", "--provider", "sync", "--status", "abc" },
        new[] { "errors", "explain", "--provider", "sync", "--status", "700" },
        new[] { "errors", "explain", "--provider", "sync", "--status", "429", "--body", "{}", "--body-file", "x.json" },
        new[] { "errors", "explain", "--provider", "sync", "--status", "429", "--header", "no-colon" },
        new[] { "errors", "explain", "--provider", "sync", "--status", "429", "--body-file", "/no/such/body.json" },
        new[] { "errors", "list", "--provider", "nope" },
        new[] { "errors", "list", "--json", "--markdown" },
    };

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public async Task A_wrong_command_line_exits_2_and_says_why(string[] args)
    {
        await using var cli = await CliHarness.StartAsync();

        var run = await cli.RunAsync(args);
        var json = await cli.RunAsync([.. args, "--json"]);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("lipsync");
        json.ExitCode.Should().Be(2, json.ToString());
        cli.Emulator.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("generate", "--help")]
    [InlineData("errors", "explain", "-h")]
    public async Task Help_exits_0(params string[] args)
    {
        var run = await CliHarness.RunAsync(new Dictionary<string, string?>(), args);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Usage:");
    }
}
