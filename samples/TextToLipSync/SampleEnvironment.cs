using LipSync.Sdk;
using LipSync.Sdk.Testing;

namespace TextToLipSync;

/// <summary>
/// Real providers when all three keys are set; otherwise the embedded Breeze, AudioSpliter and Sync emulators on
/// 127.0.0.1 (fast polling; the Breeze emulator accepts long text so that <c>--long</c> can show the split path — the
/// real Breeze has been observed to cap a request at 1,000 characters), so the sample runs anywhere without an account.
/// </summary>
internal sealed class SampleEnvironment : IAsyncDisposable
{
    private readonly List<LoopbackEmulator> _emulators = [];

    private SampleEnvironment(LipSyncOptions options, JobWaitOptions waitOptions)
    {
        Options = options;
        WaitOptions = waitOptions;
    }

    public LipSyncOptions Options { get; }

    public JobWaitOptions WaitOptions { get; }

    public static async Task<SampleEnvironment> StartAsync(double emulatedAudioSeconds)
    {
        var keys = new[] { "BREEZE_API_KEY", "SYNC_API_KEY", "AUDIOSPLITER_API_KEY" };
        if (keys.All(k => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(k))))
        {
            Console.WriteLine("Using the real Breeze, AudioSpliter and Sync APIs (keys from the environment).");
            var live = new LipSyncOptions { DefaultProvider = "sync" }.AddProvider("breeze").AddProvider("audiospliter").AddProvider("sync");
            return new SampleEnvironment(live, new JobWaitOptions { InitialInterval = TimeSpan.FromSeconds(2), MaxInterval = TimeSpan.FromSeconds(15) });
        }

        Console.WriteLine("No API keys set: running against the embedded emulators on 127.0.0.1.");
        var breeze = await BreezeEmulator.StartAsync(new BreezeEmulatorOptions { AudioLength = 256 * 1024, MaxTextLength = 100_000 });
        var spliter = await AudioSpliterEmulator.StartAsync(new AudioSpliterEmulatorOptions { SourceDurationSeconds = Math.Max(1, emulatedAudioSeconds) });
        var sync = await SyncEmulator.StartAsync();
        var options = new LipSyncOptions { DefaultProvider = "sync" }   // two or more providers: name the default
            .AddProvider("breeze", p => { p.ApiKey = BreezeEmulator.DefaultApiKey; p.BaseAddress = breeze.BaseAddress; })
            .AddProvider("audiospliter", p => { p.ApiKey = AudioSpliterEmulator.DefaultApiKey; p.BaseAddress = spliter.ApiBaseAddress; })
            .AddProvider("sync", p => { p.ApiKey = SyncEmulator.DefaultApiKey; p.BaseAddress = sync.BaseAddress; });
        var environment = new SampleEnvironment(options, new JobWaitOptions { InitialInterval = TimeSpan.FromMilliseconds(100), MaxInterval = TimeSpan.FromMilliseconds(300) });
        environment._emulators.AddRange([breeze, spliter, sync]);
        return environment;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var emulator in _emulators)
        {
            await emulator.DisposeAsync();
        }
    }
}
