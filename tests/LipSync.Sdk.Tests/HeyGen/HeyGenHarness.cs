using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.HeyGen;

/// <summary>
/// A HeyGen emulator on loopback plus an SDK client pointed at it, on a manual clock: retry and poll delays up to
/// 61 s fire at once and are recorded, so tests assert exact attempts and delays without sleeping.
/// </summary>
internal sealed class HeyGenHarness : ProviderHarness<HeyGenEmulator>
{
    public const string ApiKey = "hg-test-key-0123456789";

    private HeyGenHarness(HeyGenEmulator emulator, ManualTimeProvider time, LipSyncClientFactory factory)
        : base("heygen", emulator, time, factory)
    {
    }

    public IHeyGenClient Native => Factory.GetNativeClient<IHeyGenClient>("heygen");

    public static async Task<HeyGenHarness> StartAsync(Action<LipSyncOptions>? configure = null, Action<HeyGenEmulatorOptions>? emulator = null)
    {
        var time = ProviderHarness.NewClock();
        var emulatorOptions = new HeyGenEmulatorOptions { ApiKey = ApiKey };
        emulator?.Invoke(emulatorOptions);
        var server = await HeyGenEmulator.StartAsync(emulatorOptions);
        return new HeyGenHarness(server, time, ProviderHarness.NewFactory("heygen", ApiKey, server.BaseAddress, time, configure));
    }

    public static LipSyncRequest Request(string? idempotencyKey = null) => new()
    {
        Video = MediaSource.FromUrl("https://assets.example.com/speaker.mp4"),
        Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
        IdempotencyKey = idempotencyKey,
    };

    public static CreateLipsyncRequest NativeRequest() => new()
    {
        Video = HeyGenMediaInput.FromUrl(new Uri("https://example.com/video.mp4")),
        Audio = HeyGenMediaInput.FromUrl(new Uri("https://example.com/audio.mp3")),
    };

    // HeyGen's tests also prove the emulator itself never failed while serving them.
    public override async ValueTask DisposeAsync()
    {
        var failures = Emulator.UnhandledExceptions.ToList();
        await base.DisposeAsync();
        failures.Should().BeEmpty();
    }
}
