using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.Composition;

/// <summary>
/// A Sync and a HeyGen emulator on loopback behind one stand-alone factory (manual clock, no jitter), so middleware
/// is tested across two real providers: the emulators' created-job counts prove where jobs were (and were not) made.
/// </summary>
internal sealed class CompositionHarness : IAsyncDisposable
{
    private CompositionHarness(SyncEmulator sync, HeyGenEmulator heyGen, ManualTimeProvider time, LipSyncClientFactory factory)
    {
        Sync = sync;
        HeyGen = heyGen;
        Time = time;
        Factory = factory;
    }

    public SyncEmulator Sync { get; }

    public HeyGenEmulator HeyGen { get; }

    public ManualTimeProvider Time { get; }

    public LipSyncClientFactory Factory { get; }

    public ILipSyncClient SyncClient => Factory.GetClient("sync");

    public ILipSyncClient HeyGenClient => Factory.GetClient("heygen");

    public static async Task<CompositionHarness> StartAsync()
    {
        var time = ProviderHarness.NewClock();
        var sync = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = SyncHarness.ApiKey });
        var heyGen = await HeyGenEmulator.StartAsync(new HeyGenEmulatorOptions { ApiKey = HeyGenHarness.ApiKey });
        var factory = ProviderHarness.NewFactory("sync", SyncHarness.ApiKey, sync.BaseAddress, time, options => options.AddProvider("heygen", p =>
        {
            p.ApiKey = HeyGenHarness.ApiKey;
            p.BaseAddress = heyGen.BaseAddress;
        }));
        return new CompositionHarness(sync, heyGen, time, factory);
    }

    /// <summary>A request both providers take (URLs, no model: each provider's default).</summary>
    public static LipSyncRequest Request(string video = "https://assets.example.com/speaker.mp4") => new()
    {
        Video = MediaSource.FromUrl(video),
        Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
    };

    /// <summary>Sync answers the next create (all its attempts) with a refusal that proves no job was made.</summary>
    public void RefuseNextSyncCreate(int status, string errorCode, int attempts = 1) =>
        Sync.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(status, SyncErrorBodies.Create(status, "refused", errorCode)), attempts);

    public async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        await Sync.DisposeAsync();
        await HeyGen.DisposeAsync();
    }
}
