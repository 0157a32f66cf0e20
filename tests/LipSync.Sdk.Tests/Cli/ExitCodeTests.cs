using LipSync.Cli;
using LipSync.Cli.Output;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Cli;

/// <summary>Every exit code of the contract, driven end to end over HTTP (emulator faults) or by the job's outcome.</summary>
public sealed class ExitCodeTests
{
    public static TheoryData<int, string?, string, int, bool> HttpFailures => new()
    {
        // status, body, kind, exit code, retryable
        { 399, null, "Unknown", 1, false },
        { 401, null, "Authentication", 3, false },
        { 403, """{"statusCode":403,"message":"The account is on hold.","errorCode":"account_on_hold"}""", "PermissionDenied", 3, false },
        { 402, """{"statusCode":402,"message":"Payment is required.","errorCode":"account_payment_required"}""", "QuotaExceeded", 4, false },
        { 504, null, "Timeout", 5, true },
        { 425, null, "NotReady", 5, true },
        { 503, null, "ServiceUnavailable", 6, true },
        { 500, """{"statusCode":500,"message":"Internal server error"}""", "ServerError", 6, true },
        { 404, """{"statusCode":404,"message":"Generation not found"}""", "NotFound", 7, false },
        { 400, """{"statusCode":400,"message":["id must be a UUID"],"error":"Bad Request"}""", "InvalidRequest", 8, false },
        { 409, """{"statusCode":409,"message":"conflict","errorCode":"generation_conflict"}""", "Conflict", 8, false },
        { 429, """{"statusCode":429,"message":"Rate limit exceeded. Please try again later.","errorCode":"rate_limit_exceeded"}""", "RateLimited", 9, true },
    };

    [Theory]
    [MemberData(nameof(HttpFailures))]
    public async Task A_failed_call_exits_with_the_code_of_its_kind(int status, string? body, string kind, int exitCode, bool retryable)
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(status, body), times: 10);

        var json = await cli.RunAsync("status", "--provider", "sync", "gen_1", "--json");
        var text = await cli.RunAsync("status", "--provider", "sync", "gen_1");

        json.ExitCode.Should().Be(exitCode, json.ToString());
        json.Output.Should().BeEmpty();
        var error = json.ErrorJson;
        error.ShouldHaveExactly(JsonContract.FailureFields);
        error.Str("kind").Should().Be(kind);
        error.GetProperty("retryable").GetBoolean().Should().Be(retryable);
        error.Str("provider").Should().Be("sync");
        error.GetProperty("statusCode").GetInt32().Should().Be(status);
        error.Str("message").Should().StartWith("sync: ");
        error.GetProperty("attempts").GetInt32().Should().Be(retryable ? 4 : 1, "3 retries by default for retryable kinds");
        text.ExitCode.Should().Be(exitCode, text.ToString());
        text.Error.Should().Contain("error: sync: ").And.Contain($"kind: {kind}").And.Contain("hint: ");
    }

    [Fact]
    public async Task A_dropped_connection_is_a_network_error_exit_6()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.DropConnection(), times: 10);

        var run = await cli.RunAsync("status", "--provider", "sync", "gen_1", "--json");

        run.ExitCode.Should().Be(6, run.ToString());
        run.ErrorJson.Str("kind").Should().Be("Network");
        run.ErrorJson.IsNull("statusCode").Should().BeTrue();
        run.ErrorJson.GetProperty("attempts").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task The_failure_object_carries_every_field_of_the_response()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(429,
            """{"statusCode":429,"message":"Rate limit exceeded. Please try again later.","errorCode":"rate_limit_exceeded"}""",
            headers: new Dictionary<string, string> { ["Retry-After"] = "30", ["x-request-id"] = "req-42" }), times: 2);

        var run = await cli.RunAsync("generate", "--provider", "sync", "--video", "https://a.example/v.mp4", "--audio", "https://a.example/a.wav",
            "--max-retries", "1", "--json");

        run.ExitCode.Should().Be(9, run.ToString());
        var error = run.ErrorJson;
        error.ShouldHaveExactly(JsonContract.FailureFields);
        error.Str("kind").Should().Be("RateLimited");
        error.GetProperty("retryable").GetBoolean().Should().BeTrue();
        error.Str("provider").Should().Be("sync");
        error.GetProperty("statusCode").GetInt32().Should().Be(429);
        error.Str("errorCode").Should().Be("rate_limit_exceeded");
        error.Str("message").Should().Be("sync: Rate limit exceeded. Please try again later. (HTTP 429, code rate_limit_exceeded)");
        error.GetProperty("retryAfterSeconds").GetDouble().Should().Be(30);
        error.Str("requestId").Should().Be("req-42");
        error.GetProperty("attempts").GetInt32().Should().Be(2, "--max-retries 1");
        cli.Emulator.CreatedJobCount.Should().Be(0);
    }

    [Fact]
    public async Task A_missing_api_key_is_an_authentication_error_exit_3_with_a_hint_naming_the_variable()
    {
        var run = await CliHarness.RunAsync(new Dictionary<string, string?>(), "status", "--provider", "sync", "gen_1");
        var json = await CliHarness.RunAsync(new Dictionary<string, string?>(), "status", "--provider", "sync", "gen_1", "--json");

        run.ExitCode.Should().Be(3, run.ToString());
        run.Error.Should().Contain("SYNC_API_KEY").And.Contain("--api-key");
        json.ErrorJson.Str("kind").Should().Be("Authentication");
        json.ErrorJson.GetProperty("attempts").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_wrong_api_key_is_rejected_by_the_server_exit_3()
    {
        await using var cli = await CliHarness.StartAsync();

        var run = await cli.RunAsync("status", "--provider", "sync", "gen_1", "--api-key", "sk-wrong", "--json");

        run.ExitCode.Should().Be(3, run.ToString());
        run.ErrorJson.GetProperty("statusCode").GetInt32().Should().Be(401);
    }

    [Fact]
    public async Task Reaching_the_timeout_while_waiting_exits_5()
    {
        await using var cli = await CliHarness.StartAsync(o => o.PollsUntilCompleted = int.MaxValue);
        var job = cli.Emulator.AddJob("PENDING");

        var run = await cli.RunAsync("wait", "--provider", "sync", job.Id, "--timeout", "120", "--json");

        run.ExitCode.Should().Be(5, run.ToString());
        run.ErrorJson.Str("kind").Should().Be("Timeout");
        run.ErrorJson.GetProperty("retryable").GetBoolean().Should().BeTrue();
        cli.Emulator.Requests.Count(r => r.Path == $"/v2/generate/{job.Id}").Should().BeGreaterThan(5);
    }

    [Fact]
    public async Task A_short_timeout_ends_the_command_with_exit_5()
    {
        await using var cli = await CliHarness.StartAsync(o => o.PollsUntilCompleted = int.MaxValue);
        var job = cli.Emulator.AddJob("PENDING");

        var run = await cli.RunAsync("generate", "--provider", "sync", "--video", "https://a.example/v.mp4", "--audio", "https://a.example/a.wav",
            "--wait", "--timeout", "5");

        run.ExitCode.Should().Be(5, run.ToString());
        run.Error.Should().Contain("kind: Timeout").And.Contain("hint: ");
    }

    [Fact]
    public async Task A_job_that_ends_failed_exits_11_with_the_job_error()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.FailNextJob("generation_pipeline_failed", "An error occurred in the generation pipeline.");

        var run = await cli.RunAsync("generate", "--provider", "sync", "--video", "https://a.example/v.mp4", "--audio", "https://a.example/a.wav",
            "--wait", "--json");
        cli.Emulator.FailNextJob("generation_pipeline_failed", "An error occurred in the generation pipeline.");
        var text = await cli.RunAsync("generate", "--provider", "sync", "--video", "https://a.example/v.mp4", "--audio", "https://a.example/a.wav", "--wait");

        run.ExitCode.Should().Be(11, run.ToString());
        run.Output.Should().BeEmpty();
        var error = run.ErrorJson;
        error.Str("kind").Should().Be("GenerationFailed");
        error.GetProperty("retryable").GetBoolean().Should().BeTrue("generation_pipeline_failed is retryable in the catalogue");
        error.Str("errorCode").Should().Be("generation_pipeline_failed");
        error.IsNull("statusCode").Should().BeTrue("the provider answered successfully with a failed job");
        error.Str("message").Should().Contain("An error occurred in the generation pipeline.");
        text.ExitCode.Should().Be(11);
        text.Error.Should().Contain("kind: GenerationFailed").And.Contain("hint: The job ran and failed.");
    }

    [Fact]
    public async Task Interrupting_the_command_exits_130()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Stall());
        using var interrupt = new CancellationTokenSource();

        var running = CliHarness.RunAsync(cli.Environment, interrupt.Token, "wait", "--provider", "sync", "gen_1", "--json");
        await cli.Emulator.WaitForRequestsAsync("GET", "/v2/generate/").WaitAsync(ObservedClock.HangGuard); // the poll now hangs
        await interrupt.CancelAsync();
        var run = await running.WaitAsync(ObservedClock.HangGuard);

        run.ExitCode.Should().Be(ExitCodes.Canceled, run.ToString());
        run.Error.Should().Contain("canceled");
    }

    [Fact]
    public void Every_kind_has_exactly_one_exit_code_and_a_hint()
    {
        foreach (var kind in Enum.GetValues<LipSyncErrorKind>())
        {
            ExitCodes.ByKind.Should().ContainKey(kind);
            ErrorHints.Covers(kind).Should().BeTrue(kind.ToString());
        }

        ExitCodes.ByKind.Values.Should().OnlyContain(code => code == 1 || (code >= 3 && code <= 11));
        ExitCodes.ByKind.Values.Distinct().Order().Should().Equal([1, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    }
}

/// <summary>
/// The CLI follows the SDK's public provider list (a new built-in provider needs no CLI change), and a moderation
/// rejection drives exit code 10 (Sync has no ContentRejected HTTP code; HeyGen does).
/// </summary>
public sealed class ProviderCoverageTests
{
    [Fact]
    public void The_job_commands_accept_every_built_in_provider()
    {
        ProviderConnection.KnownProviders.Should().Equal(LipSyncProviders.BuiltIn.Select(p => p.Name));
        ProviderConnection.KnownProviders.Should().OnlyContain(p => ProviderConnection.ApiKeyVariableOf(p) != null);
    }

    [Fact]
    public async Task A_moderation_rejection_exits_10()
    {
        const string Body = """{"error":{"code":"MODERATION_POLICY_VIOLATED","message":"Moderation policy violated"}}""";
        LipSyncErrors.FromResponse("heygen", 400, Body).Kind.Should().Be(LipSyncErrorKind.ContentRejected, "precondition: the catalogue maps the code");
        await using var emulator = await HeyGenEmulator.StartAsync();
        emulator.Faults.Enqueue("POST", "/v3/lipsyncs", Fault.Respond(400, Body));
        var environment = new Dictionary<string, string?>
        {
            ["HEYGEN_API_KEY"] = emulator.ApiKey,
            ["LIPSYNC_HEYGEN_BASE_URL"] = emulator.BaseAddress.ToString(),
        };

        var rejected = await CliHarness.RunAsync(environment, "generate", "--provider", "heygen", "--video", "https://a.example/v.mp4", "--audio", "https://a.example/a.wav", "--json");

        rejected.ExitCode.Should().Be(10, rejected.ToString());
        rejected.ErrorJson.Str("kind").Should().Be("ContentRejected");
        rejected.ErrorJson.Str("provider").Should().Be("heygen");
        rejected.ErrorJson.Str("errorCode").Should().Be("MODERATION_POLICY_VIOLATED");
    }
}
