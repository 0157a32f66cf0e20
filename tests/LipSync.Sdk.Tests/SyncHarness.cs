using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests;

/// <summary>
/// A Sync emulator on loopback plus an SDK client pointed at it, on a manual clock so retry and poll delays are
/// asserted exactly without sleeping. Timers up to 61 s (backoff, hints, poll intervals) fire at once; longer
/// ones (timeouts) only when the clock passes them.
/// </summary>
internal sealed class SyncHarness : IAsyncDisposable
{
    public const string ApiKey = "sk-test-sync-0123456789";

    private SyncHarness(SyncEmulator emulator, ManualTimeProvider time, LipSyncClientFactory factory)
    {
        Emulator = emulator;
        Time = time;
        Factory = factory;
    }

    public SyncEmulator Emulator { get; }

    public ManualTimeProvider Time { get; }

    public LipSyncClientFactory Factory { get; }

    public ILipSyncClient Client => Factory.GetClient("sync");

    public ISyncClient Native => Factory.GetNativeClient<ISyncClient>("sync");

    /// <summary>Backoff and hint delays (timeouts filtered out).</summary>
    public IReadOnlyList<TimeSpan> Delays => Time.RecordedDelays.Where(d => d < TimeSpan.FromSeconds(90)).ToList();

    public static async Task<SyncHarness> StartAsync(
        Action<LipSyncOptions>? configure = null, Action<SyncEmulatorOptions>? emulator = null, TimeProvider? clock = null)
    {
        var time = new ManualTimeProvider(autoAdvance: true) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(61) };
        var emulatorOptions = new SyncEmulatorOptions { ApiKey = ApiKey };
        emulator?.Invoke(emulatorOptions);
        var server = await SyncEmulator.StartAsync(emulatorOptions);
        var options = new LipSyncOptions
        {
            DefaultProvider = "sync",
            AttemptTimeout = TimeSpan.FromSeconds(100),
            TotalTimeout = TimeSpan.FromMinutes(5),
        };
        options.Retry.UseJitter = false;
        options.AddProvider("sync", p =>
        {
            p.ApiKey = ApiKey;
            p.BaseAddress = server.BaseAddress;
        });
        configure?.Invoke(options);
        return new SyncHarness(server, time, new LipSyncClientFactory(options, clock ?? time));
    }

    public static LipSyncRequest Request(string? idempotencyKey = null) => new()
    {
        Video = MediaSource.FromUrl("https://assets.example.com/speaker.mp4"),
        Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
        Model = "lipsync-2",
        IdempotencyKey = idempotencyKey,
    };

    public async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        await Emulator.DisposeAsync();
    }
}
