using LipSync.Cli;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Cli;

/// <summary><c>status</c> and <c>wait</c> work for Breeze speech jobs and AudioSpliter split jobs, by id alone.</summary>
public sealed class EnvelopeJobCommandTests
{
    [Fact]
    public async Task Breeze_speech_job_status_and_wait()
    {
        await using var emulator = await BreezeEmulator.StartAsync();
        using var factory = Factory("breeze", emulator.ApiKey!, emulator.BaseAddress);
        var job = await factory.GetNativeClient<IBreezeClient>("breeze").CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hello there." });
        var environment = new Dictionary<string, string?>
        {
            ["BREEZE_API_KEY"] = emulator.ApiKey,
            ["LIPSYNC_BREEZE_BASE_URL"] = emulator.BaseAddress.ToString(),
        };

        var status = await CliHarness.RunAsync(environment, "status", "--provider", "breeze", job.GenerationJobId, "--json");
        var wait = await CliHarness.RunAsync(environment, "wait", "--provider", "breeze", job.GenerationJobId, "--json");
        var text = await CliHarness.RunAsync(environment, "status", "--provider", "breeze", job.GenerationJobId);

        status.ExitCode.Should().Be(ExitCodes.Success, status.ToString());
        status.OutputJson.Str("provider").Should().Be("breeze");
        status.OutputJson.Str("jobId").Should().Be(job.GenerationJobId);
        status.OutputJson.Str("status").Should().BeOneOf("pending", "processing", "completed");
        wait.ExitCode.Should().Be(ExitCodes.Success, wait.ToString());
        wait.OutputJson.Str("status").Should().Be("completed");
        text.ExitCode.Should().Be(ExitCodes.Success, text.ToString());
        text.Output.Should().Contain(job.GenerationJobId);
        emulator.Requests.Should().OnlyContain(r => r.Header("xi-api-key") == emulator.ApiKey || r.Header("Authorization") != null);
    }

    [Fact]
    public async Task Breeze_failed_job_waits_to_exit_11()
    {
        await using var emulator = await BreezeEmulator.StartAsync();
        emulator.FailNextJob("GENERATION_FAILED", "The voice model crashed.");
        using var factory = Factory("breeze", emulator.ApiKey!, emulator.BaseAddress);
        var job = await factory.GetNativeClient<IBreezeClient>("breeze").CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hello." });
        var environment = new Dictionary<string, string?>
        {
            ["BREEZE_API_KEY"] = emulator.ApiKey,
            ["LIPSYNC_BREEZE_BASE_URL"] = emulator.BaseAddress.ToString(),
        };

        var wait = await CliHarness.RunAsync(environment, "wait", "--provider", "breeze", job.GenerationJobId, "--json");

        wait.ExitCode.Should().Be(11, wait.ToString());
        wait.ErrorJson.Str("kind").Should().Be("GenerationFailed");
        wait.ErrorJson.Str("errorCode").Should().Be("GENERATION_FAILED");
    }

    [Fact]
    public async Task AudioSpliter_split_job_status_and_wait()
    {
        await using var emulator = await AudioSpliterEmulator.StartAsync();
        using var factory = Factory("audiospliter", emulator.ApiKey!, emulator.ApiBaseAddress);
        var split = await factory.GetNativeClient<IAudioSpliterClient>("audiospliter").CreateSplitAsync(new CreateSplitRequest
        {
            SourceUrl = "https://media.example.com/long-speech.mp3",
            SegmentDuration = 300,
            OutputFormat = "mp3",
        });
        var environment = new Dictionary<string, string?>
        {
            ["AUDIOSPLITER_API_KEY"] = emulator.ApiKey,
            ["LIPSYNC_AUDIOSPLITER_BASE_URL"] = emulator.ApiBaseAddress.ToString(),
        };

        var status = await CliHarness.RunAsync(environment, "status", "--provider", "audiospliter", split.Id, "--json");
        var wait = await CliHarness.RunAsync(environment, "wait", "--provider", "audiospliter", split.Id, "--json");

        status.ExitCode.Should().Be(ExitCodes.Success, status.ToString());
        status.OutputJson.Str("provider").Should().Be("audiospliter");
        status.OutputJson.Str("jobId").Should().Be(split.Id);
        wait.ExitCode.Should().Be(ExitCodes.Success, wait.ToString());
        wait.OutputJson.Str("status").Should().Be("completed");
    }

    [Fact]
    public async Task Unknown_envelope_job_is_not_found_exit_7()
    {
        await using var emulator = await BreezeEmulator.StartAsync();
        var environment = new Dictionary<string, string?>
        {
            ["BREEZE_API_KEY"] = emulator.ApiKey,
            ["LIPSYNC_BREEZE_BASE_URL"] = emulator.BaseAddress.ToString(),
        };

        var status = await CliHarness.RunAsync(environment, "status", "--provider", "breeze", "no-such-job", "--json");

        status.ExitCode.Should().Be(7, status.ToString());
        status.ErrorJson.Str("kind").Should().Be("NotFound");
    }

    private static LipSyncClientFactory Factory(string provider, string key, Uri baseAddress)
    {
        var options = new LipSyncOptions { DefaultProvider = provider };
        options.AddProvider(provider, p =>
        {
            p.ApiKey = key;
            p.BaseAddress = baseAddress;
        });
        return new LipSyncClientFactory(options);
    }
}
