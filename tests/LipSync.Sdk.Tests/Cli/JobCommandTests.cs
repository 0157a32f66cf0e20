using System.Text.Json;

namespace LipSync.Sdk.Tests.Cli;

/// <summary><c>generate</c>, <c>status</c> and <c>wait</c> against the Sync emulator, with and without <c>--json</c>.</summary>
public sealed class JobCommandTests
{
    private const string Video = "https://assets.example.com/speaker.mp4";
    private const string Audio = "https://assets.example.com/speech.wav";

    [Fact]
    public async Task Generate_json_writes_the_job_object_and_creates_one_job()
    {
        await using var cli = await CliHarness.StartAsync();

        var run = await cli.RunAsync("generate", "--provider", "sync", "--video", Video, "--audio", Audio, "--model", "lipsync-2", "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        var job = run.OutputJson;
        job.ShouldHaveExactly(JsonContract.JobFields);
        job.Str("provider").Should().Be("sync");
        job.Str("jobId").Should().Be(cli.Emulator.Jobs.Single().Id);
        job.Str("status").Should().Be("pending");
        job.IsNull("outputUrl").Should().BeTrue();
        job.IsNull("error").Should().BeTrue();
        cli.Emulator.CreatedJobCount.Should().Be(1);
        var create = cli.Emulator.Requests.Single(r => r.Method == "POST");
        create.BodyJson()!["model"]!.GetValue<string>().Should().Be("lipsync-2");
        create.BodyJson()!["input"]![0]!["url"]!.GetValue<string>().Should().Be(Video);
    }

    [Fact]
    public async Task Generate_text_prints_the_job_fields()
    {
        await using var cli = await CliHarness.StartAsync();

        var run = await cli.RunAsync("generate", "--provider", "SYNC", "--video", Video, "--audio", Audio);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Provider:").And.Contain("sync")
            .And.Contain($"Job:      {cli.Emulator.Jobs.Single().Id}")
            .And.Contain("Status:   pending (PENDING)");
    }

    [Fact]
    public async Task Generate_wait_output_downloads_the_result_without_the_api_key()
    {
        await using var cli = await CliHarness.StartAsync(o => o.OutputVideoLength = 200_000);
        var file = Path.Combine(Path.GetTempPath(), $"lipsync-cli-{Guid.NewGuid():N}.mp4");
        try
        {
            var run = await cli.RunAsync("generate", "--provider", "sync", "--video", Video, "--audio", Audio, "--wait", "--output", file, "--json");

            run.ExitCode.Should().Be(0, run.ToString());
            var job = run.OutputJson;
            job.Str("status").Should().Be("completed");
            var id = job.Str("jobId")!;
            job.Str("outputUrl").Should().StartWith(cli.Emulator.GetOutputUrl(id) + "?X-Amz-Date=");
            new FileInfo(file).Length.Should().Be(200_000);
            File.Exists(file + ".partial").Should().BeFalse();

            var download = cli.Emulator.Requests.Single(r => r.Path.StartsWith("/outputs/", StringComparison.Ordinal));
            download.Header("x-api-key").Should().BeNull("the result URL is signed; the key goes only to the API");
            cli.Emulator.Requests.Where(r => r.Path.StartsWith("/v2/", StringComparison.Ordinal))
                .Should().OnlyContain(r => r.Header("x-api-key") == CliHarness.ApiKey);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Generate_wait_text_shows_status_lines_and_where_the_file_went()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"lipsync-cli-{Guid.NewGuid():N}.mp4");
        try
        {
            var run = await cli.RunAsync("generate", "--provider", "sync", "--video", Video, "--audio", Audio, "--output", file, "--timeout", "600");

            run.ExitCode.Should().Be(0, run.ToString());
            run.Output.Should().Contain("Status:   completed (COMPLETED)").And.Contain($"Saved to: {file}").And.Contain("Output:   http://127.0.0.1");
            run.Error.Should().Contain(": processing (").And.Contain(": completed (").And.Contain("Downloading ");
            File.Exists(file).Should().BeTrue();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Status_json_and_text_show_a_completed_job()
    {
        await using var cli = await CliHarness.StartAsync();
        var seeded = cli.Emulator.AddJob("COMPLETED");

        var json = await cli.RunAsync("status", "--provider", "sync", seeded.Id, "--json");
        var text = await cli.RunAsync("status", seeded.Id, "--provider", "sync");

        json.ExitCode.Should().Be(0, json.ToString());
        json.OutputJson.ShouldHaveExactly(JsonContract.JobFields);
        json.OutputJson.Str("status").Should().Be("completed");
        json.OutputJson.Str("outputUrl").Should().StartWith(cli.Emulator.GetOutputUrl(seeded.Id) + "?");
        text.ExitCode.Should().Be(0, text.ToString());
        text.Output.Should().Contain($"Job:      {seeded.Id}").And.Contain("Status:   completed");
    }

    [Fact]
    public async Task Status_of_a_failed_job_succeeds_and_carries_the_job_error()
    {
        await using var cli = await CliHarness.StartAsync();
        var seeded = cli.Emulator.AddJob("PROCESSING");
        cli.Emulator.SetJobStatus(seeded.Id, "FAILED", "generation_input_video_inaccessible", "The video URL returned 403.");

        var run = await cli.RunAsync("status", "--provider", "sync", seeded.Id, "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        var job = run.OutputJson;
        job.Str("status").Should().Be("failed");
        var error = job.GetProperty("error");
        error.ShouldHaveExactly(["kind", "retryable", "errorCode", "message"]);
        error.Str("kind").Should().Be("InvalidMedia");
        error.GetProperty("retryable").GetBoolean().Should().BeFalse();
        error.Str("errorCode").Should().Be("generation_input_video_inaccessible");
        error.Str("message").Should().Be("The video URL returned 403.");
    }

    [Fact]
    public async Task Wait_json_and_text_wait_until_completed()
    {
        await using var cli = await CliHarness.StartAsync(o => o.PollsUntilCompleted = 4);
        var first = cli.Emulator.AddJob("PENDING");
        var second = cli.Emulator.AddJob("PENDING");

        var json = await cli.RunAsync("wait", "--provider", "sync", first.Id, "--json", "--timeout", "900");
        var text = await cli.RunAsync("wait", "--provider", "sync", second.Id);

        json.ExitCode.Should().Be(0, json.ToString());
        json.Error.Should().BeEmpty("--json prints no progress");
        json.OutputJson.Str("status").Should().Be("completed");
        cli.Emulator.Requests.Count(r => r.Path == $"/v2/generate/{first.Id}").Should().Be(4);
        text.ExitCode.Should().Be(0, text.ToString());
        text.Output.Should().Contain("Status:   completed");
        text.Error.Should().Contain($"sync job {second.Id}: waiting (0:00)").And.Contain($"sync job {second.Id}: completed (");
    }

    [Fact]
    public async Task The_base_url_and_key_flags_replace_the_environment()
    {
        await using var cli = await CliHarness.StartAsync();
        var seeded = cli.Emulator.AddJob("COMPLETED");
        var environment = new Dictionary<string, string?>();

        var run = await CliHarness.RunAsync(environment,
            "status", "--provider", "sync", seeded.Id, "--base-url", cli.Emulator.BaseAddress.ToString(), "--api-key", CliHarness.ApiKey, "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        run.OutputJson.Str("jobId").Should().Be(seeded.Id);
    }

    [Fact]
    public async Task A_local_file_is_uploaded_then_generated()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"lipsync-cli-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(file, new byte[1024]);
        try
        {
            var run = await cli.RunAsync("generate", "--provider", "sync", "--video", file, "--audio", Audio, "--json");

            // Sync's adapter uploads local media as an asset (presign, PUT without the key, register) and sends its id.
            run.ExitCode.Should().Be(0, run.ToString());
            var put = cli.Emulator.Requests.Single(r => r.Method == "PUT");
            put.BodyLength.Should().Be(1024);
            put.Header("x-api-key").Should().BeNull();
            cli.Emulator.RequestsTo("POST", "/v2/generate").Single().BodyText.Should().Contain("\"assetId\"");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Invalid_media_maps_to_exit_8()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Faults.Enqueue("POST", "/v2/generate", LipSync.Sdk.Testing.Fault.Respond(400,
            """{"statusCode":400,"message":"The video input URL could not be accessed.","errorCode":"generation_input_video_inaccessible"}"""));

        var run = await cli.RunAsync("generate", "--provider", "sync", "--video", "https://a.example/v.mp4", "--audio", Audio, "--json");

        run.ExitCode.Should().Be(8, run.ToString());
        run.ErrorJson.Str("kind").Should().Be("InvalidMedia");
        run.ErrorJson.Str("errorCode").Should().Be("generation_input_video_inaccessible");
        run.ErrorJson.GetProperty("attempts").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task The_api_key_is_never_printed_even_when_the_server_echoes_it()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Faults.Enqueue(LipSync.Sdk.Testing.Fault.Respond(400, $$"""{"statusCode":400,"message":"bad key {{CliHarness.ApiKey}}"}"""));

        var json = await cli.RunAsync("status", "--provider", "sync", "gen_1", "--json");
        cli.Emulator.Faults.Enqueue(LipSync.Sdk.Testing.Fault.Respond(400, $$"""{"statusCode":400,"message":"bad key {{CliHarness.ApiKey}}"}"""));
        var text = await cli.RunAsync("status", "--provider", "sync", "gen_1");

        json.ExitCode.Should().Be(8);
        text.ExitCode.Should().Be(8);
        (json.Output + json.Error + text.Output + text.Error).Should().NotContain(CliHarness.ApiKey);
        json.ErrorJson.Str("message").Should().Contain("***");
    }

    [Fact]
    public async Task Json_output_is_one_parseable_object_per_stream()
    {
        await using var cli = await CliHarness.StartAsync();

        var run = await cli.RunAsync("generate", "--provider", "sync", "--video", Video, "--audio", Audio, "--json", "--wait", "--timeout", "900");

        run.ExitCode.Should().Be(0, run.ToString());
        var act = () => JsonDocument.Parse(run.Output);
        act.Should().NotThrow();
        run.Error.Should().BeEmpty();
    }
}
