using System.Net;
using System.Net.Sockets;
using LipSync.Cli;
using LipSync.Cli.Emulation;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Cli;

/// <summary>
/// Issue 11, defect 6: <c>lipsync emulate --provider &lt;name&gt; [--port N]</c> prints a base URL and key that the
/// SDK and the CLI can use as they are, for every provider, and stops with exit 0 when canceled.
/// </summary>
public sealed class EmulateCommandTests
{
    private const string Video = "https://assets.example.com/speaker.mp4";
    private const string Audio = "https://assets.example.com/speech.wav";

    [Fact]
    public void Every_built_in_provider_has_an_emulator()
    {
        EmulatorCatalog.Providers.Should().Equal(LipSyncProviders.BuiltIn.Select(p => p.Name));
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("chamelaion")]
    [InlineData("heygen")]
    public async Task The_printed_environment_runs_a_lip_sync_job_through_the_CLI(string provider)
    {
        await using var session = await EmulateSession.StartAsync("emulate", "--provider", provider, "--json");
        var listing = session.Listing.OutputJson;
        listing.ShouldHaveExactly(JsonContract.EmulatorFields);
        listing.Str("provider").Should().Be(provider);
        listing.Str("apiKeyVariable").Should().Be(LipSyncProviders.BuiltIn.Single(p => p.Name == provider).ApiKeyEnvironmentVariable);
        listing.Str("baseUrlVariable").Should().Be($"LIPSYNC_{provider.ToUpperInvariant()}_BASE_URL");

        var generate = await CliHarness.RunAsync(session.Environment, "generate", "--provider", provider, "--video", Video, "--audio", Audio, "--wait", "--json");

        generate.ExitCode.Should().Be(0, generate.ToString());
        generate.OutputJson.Str("status").Should().Be("completed");
        var stopped = await session.StopAsync();
        stopped.ExitCode.Should().Be(0, stopped.ToString());
        stopped.Error.Should().BeEmpty("--json writes nothing but the listing");
    }

    [Fact]
    public async Task The_printed_breeze_address_and_key_serve_the_native_client_and_the_CLI()
    {
        await using var session = await EmulateSession.StartAsync("emulate", "--provider", "breeze", "--json");
        using var factory = session.Factory("breeze");
        var job = await factory.GetNativeClient<IBreezeClient>("breeze").CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hello." });

        var wait = await CliHarness.RunAsync(session.Environment, "wait", "--provider", "breeze", job.GenerationJobId, "--json");

        wait.ExitCode.Should().Be(0, wait.ToString());
        wait.OutputJson.Str("status").Should().Be("completed");
    }

    [Fact]
    public async Task The_printed_audiospliter_address_is_its_api_base_and_serves_the_native_client_and_the_CLI()
    {
        await using var session = await EmulateSession.StartAsync("emulate", "--provider", "audiospliter", "--json");
        session.Listing.OutputJson.Str("baseUrl").Should().EndWith("/api/v1", "the SDK is pointed at the API's base path, as on the real service");
        using var factory = session.Factory("audiospliter");
        var split = await factory.GetNativeClient<IAudioSpliterClient>("audiospliter").CreateSplitAsync(new CreateSplitRequest
        {
            SourceUrl = "https://media.example.com/long-speech.mp3",
            SegmentDuration = 300,
            OutputFormat = "mp3",
        });

        var wait = await CliHarness.RunAsync(session.Environment, "wait", "--provider", "audiospliter", split.Id, "--json");

        wait.ExitCode.Should().Be(0, wait.ToString());
        wait.OutputJson.Str("status").Should().Be("completed");
    }

    [Fact]
    public async Task Text_output_shows_address_key_and_environment_and_says_when_it_stops()
    {
        await using var session = await EmulateSession.StartAsync("emulate", "--provider", "sync", "--api-key", "my-local-key");

        var output = session.Listing.Output;
        output.Should().MatchRegex(@"Base URL:\s+http://127\.0\.0\.1:\d+/");
        output.Should().MatchRegex(@"API key:\s+my-local-key");
        output.Should().MatchRegex(@"Environment:\s+LIPSYNC_SYNC_BASE_URL=http://127\.0\.0\.1:\d+/ SYNC_API_KEY=my-local-key");
        var status = await CliHarness.RunAsync(session.Environment, "status", "--provider", "sync", "no-such-job", "--json");
        status.ExitCode.Should().Be(7, "the key given with --api-key is accepted: " + status);
        var stopped = await session.StopAsync();
        stopped.ExitCode.Should().Be(0, stopped.ToString());
        stopped.Error.Should().Contain("press Ctrl+C to stop").And.Contain("The sync emulator stopped.");
    }

    [Fact]
    public async Task Port_listens_on_the_given_port()
    {
        var port = FreePort();

        await using var session = await EmulateSession.StartAsync("emulate", "--provider", "heygen", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

        new Uri(session.Listing.OutputJson.Str("baseUrl")!).Port.Should().Be(port);
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_error_that_names_it()
    {
        await using var busy = await SyncEmulator.StartAsync();
        var port = busy.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await CliHarness.RunAsync(new Dictionary<string, string?>(), "emulate", "--provider", "sync", "--port", port, "--json");

        run.ExitCode.Should().Be(ExitCodes.Usage, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain($"--port: cannot listen on 127.0.0.1:{port}");
    }

    [Fact]
    public async Task Emulator_options_Port_binds_that_port_and_a_taken_port_fails_the_start()
    {
        var port = FreePort();
        await using var first = await SyncEmulator.StartAsync(new SyncEmulatorOptions { Port = port });

        var second = () => ChamelaionEmulator.StartAsync(new ChamelaionEmulatorOptions { Port = port });

        first.BaseAddress.Port.Should().Be(port);
        await second.Should().ThrowAsync<IOException>();
        var outOfRange = () => HeyGenEmulator.StartAsync(new HeyGenEmulatorOptions { Port = 70_000 });
        await outOfRange.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    // The system picks a free port (tests never choose one); the listener is closed so the emulator can take it.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>An in-process <c>lipsync emulate</c> run: started, its listing read, stopped by cancellation.</summary>
    private sealed class EmulateSession : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop;
        private readonly Task<CliRun> _run;

        private EmulateSession(CancellationTokenSource stop, Task<CliRun> run, CliRun listing)
        {
            _stop = stop;
            _run = run;
            Listing = listing;
        }

        /// <summary>What the command printed before it started waiting (exit code -1: still running).</summary>
        public CliRun Listing { get; }

        /// <summary>The environment the listing tells a client to use.</summary>
        public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

        public static async Task<EmulateSession> StartAsync(params string[] args)
        {
            var output = new FlushSignallingWriter();
            var error = new StringWriter();
            var stop = new CancellationTokenSource();
            var context = new CliContext(output, error, _ => null);
            var run = Task.Run(async () =>
            {
                var exitCode = await LipSyncCli.RunAsync(args, context, stop.Token);
                return new CliRun(exitCode, output.ToString(), error.ToString());
            });
            await Task.WhenAny(output.Flushed, run).WaitAsync(ChildProcess.SafetyNet);
            if (run.IsCompleted)
            {
                throw new InvalidOperationException($"emulate ended before listening: {await run}");
            }

            var session = new EmulateSession(stop, run, new CliRun(-1, output.ToString(), error.ToString()));
            var listing = session.Listing.Output.TrimStart().StartsWith('{') ? session.Listing.OutputJson : default;
            if (listing.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                session.Environment[listing.Str("baseUrlVariable")!] = listing.Str("baseUrl");
                session.Environment[listing.Str("apiKeyVariable")!] = listing.Str("apiKey");
            }
            else
            {
                var line = session.Listing.Output.Split('\n').Single(l => l.StartsWith("Environment:", StringComparison.Ordinal));
                foreach (var pair in line["Environment:".Length..].Trim().Split(' '))
                {
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    session.Environment[pair[..equals]] = pair[(equals + 1)..];
                }
            }

            return session;
        }

        public LipSyncClientFactory Factory(string provider)
        {
            var listing = Listing.OutputJson;
            var options = new LipSyncOptions { DefaultProvider = provider };
            options.AddProvider(provider, p =>
            {
                p.BaseAddress = new Uri(listing.Str("baseUrl")!);
                p.ApiKey = listing.Str("apiKey");
            });
            return new LipSyncClientFactory(options);
        }

        public async Task<CliRun> StopAsync()
        {
            await _stop.CancelAsync();
            return await _run.WaitAsync(ChildProcess.SafetyNet);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _run.WaitAsync(ChildProcess.SafetyNet);
            _stop.Dispose();
        }
    }

    /// <summary>Captures stdout and completes <see cref="Flushed"/> at the first flush (emulate flushes its listing).</summary>
    private sealed class FlushSignallingWriter : StringWriter
    {
        private readonly TaskCompletionSource _flushed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Flushed => _flushed.Task;

        public override void Flush()
        {
            base.Flush();
            _flushed.TrySetResult();
        }
    }
}
