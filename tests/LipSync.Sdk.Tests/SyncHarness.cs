using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests;

/// <summary>
/// A Sync emulator on loopback plus an SDK client pointed at it, on a manual clock so retry and poll delays are
/// asserted exactly without sleeping. Timers up to 61 s (backoff, hints, poll intervals) fire at once; longer
/// ones (timeouts) only when the clock passes them.
/// </summary>
internal sealed class SyncHarness : ProviderHarness<SyncEmulator>
{
    public const string ApiKey = "sk-test-sync-0123456789";

    private SyncHarness(SyncEmulator emulator, ManualTimeProvider time, LipSyncClientFactory factory)
        : base("sync", emulator, time, factory)
    {
    }

    public ISyncClient Native => Factory.GetNativeClient<ISyncClient>("sync");

    public static async Task<SyncHarness> StartAsync(
        Action<LipSyncOptions>? configure = null, Action<SyncEmulatorOptions>? emulator = null, TimeProvider? clock = null)
    {
        var time = ProviderHarness.NewClock();
        var emulatorOptions = new SyncEmulatorOptions { ApiKey = ApiKey };
        emulator?.Invoke(emulatorOptions);
        var server = await SyncEmulator.StartAsync(emulatorOptions);
        return new SyncHarness(server, time, ProviderHarness.NewFactory("sync", ApiKey, server.BaseAddress, clock ?? time, configure));
    }

    public static LipSyncRequest Request(string? idempotencyKey = null) => new()
    {
        Video = MediaSource.FromUrl("https://assets.example.com/speaker.mp4"),
        Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
        Model = "lipsync-2",
        IdempotencyKey = idempotencyKey,
    };
}
