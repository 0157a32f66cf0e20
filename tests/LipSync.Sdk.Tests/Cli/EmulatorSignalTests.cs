using System.Text.Json;

namespace LipSync.Sdk.Tests.Cli;

/// <summary>
/// Issue 11, defects 1 and 6, in real processes: a program that starts emulators still ends on Ctrl+C (SIGINT) and
/// <c>kill</c> (SIGTERM), and <c>lipsync emulate</c> serves until either signal, then exits 0. Every wait is on a
/// process event (a line on stdout, the exit); the safety net only keeps a regression from hanging the suite.
/// </summary>
public sealed class EmulatorSignalTests
{
    [PosixTheory]
    [InlineData(ChildProcess.SIGTERM)]
    [InlineData(ChildProcess.SIGINT)]
    public async Task A_program_running_every_emulator_still_ends_on_the_signal(int signal)
    {
        using var host = ChildProcess.Start("tests/LipSync.EmulatorHost");
        var addresses = (await host.ReadLineAsync()).Split(' ').Select(a => new Uri(a)).ToArray();
        using var http = new HttpClient();
        foreach (var address in addresses)
        {
            using var response = await http.GetAsync(address);
            ((int)response.StatusCode).Should().BeInRange(200, 499, $"the emulator at {address} answers before the signal");
        }

        host.Signal(signal);

        (await host.WaitForExitAsync()).Should().BeTrue("an emulator must not take over the process's Ctrl+C and SIGTERM (it used the console lifetime)");
        host.ExitCode.Should().Be(128 + signal, "the program ends by the signal, exactly as a .NET program without emulators");
    }

    [PosixTheory]
    [InlineData(ChildProcess.SIGTERM)]
    [InlineData(ChildProcess.SIGINT)]
    public async Task Lipsync_emulate_serves_the_SDK_until_the_signal_then_exits_0(int signal)
    {
        using var cli = ChildProcess.Start("src/LipSync.Cli", "emulate", "--provider", "sync", "--json");
        using var listing = JsonDocument.Parse(await cli.ReadLineAsync());
        var emulator = listing.RootElement;
        emulator.ShouldHaveExactly(JsonContract.EmulatorFields);
        var options = new LipSyncOptions { DefaultProvider = "sync" };
        options.AddProvider("sync", p =>
        {
            p.BaseAddress = new Uri(emulator.Str("baseUrl")!);
            p.ApiKey = emulator.Str("apiKey");
        });
        using (var factory = new LipSyncClientFactory(options))
        {
            var job = await factory.GetClient("sync").SubmitAsync(new LipSyncRequest
            {
                Video = MediaSource.FromUrl(new Uri("https://assets.example.com/speaker.mp4")),
                Audio = MediaSource.FromUrl(new Uri("https://assets.example.com/speech.wav")),
            });
            job.Id.Should().NotBeNullOrEmpty("the printed base URL and key reach the emulator");
        }

        cli.Signal(signal);

        (await cli.WaitForExitAsync()).Should().BeTrue("lipsync emulate runs until Ctrl+C or SIGTERM");
        cli.ExitCode.Should().Be(0, "stopping is how an emulator session ends");
        (await cli.StandardErrorAsync()).Should().BeEmpty("--json writes nothing but the listing");
    }
}
