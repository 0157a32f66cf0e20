using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>
/// An envelope-provider emulator on loopback plus an SDK factory pointed at it, on a manual clock shared by both (so
/// retry delays are exact and URL expiry is controlled). Timers up to 61 s fire at once.
/// </summary>
internal sealed class EnvelopeHarness<TEmulator>(TEmulator emulator, ManualTimeProvider time, LipSyncClientFactory factory, string provider)
    : ProviderHarness<TEmulator>(provider, emulator, time, factory)
    where TEmulator : LoopbackEmulator;

internal static class EnvelopeHarness
{
    public const string BreezeKey = "brz_test_0123456789abcdef";
    public const string AudioSpliterKey = "as_test_0123456789abcdef";

    public static async Task<EnvelopeHarness<BreezeEmulator>> BreezeAsync(Action<BreezeEmulatorOptions>? emulator = null)
    {
        var time = ProviderHarness.NewClock();
        var options = new BreezeEmulatorOptions { ApiKey = BreezeKey, TimeProvider = time };
        emulator?.Invoke(options);
        var server = await BreezeEmulator.StartAsync(options);
        var factory = ProviderHarness.NewFactory(BreezeErrorCatalog.ProviderName, BreezeKey, server.BaseAddress, time, configure: null);
        return new(server, time, factory, BreezeErrorCatalog.ProviderName);
    }

    public static async Task<EnvelopeHarness<AudioSpliterEmulator>> AudioSpliterAsync(Action<AudioSpliterEmulatorOptions>? emulator = null)
    {
        var time = ProviderHarness.NewClock();
        var options = new AudioSpliterEmulatorOptions { ApiKey = AudioSpliterKey, TimeProvider = time };
        emulator?.Invoke(options);
        var server = await AudioSpliterEmulator.StartAsync(options);
        var factory = ProviderHarness.NewFactory(AudioSpliterErrorCatalog.ProviderName, AudioSpliterKey, server.ApiBaseAddress, time, configure: null);
        return new(server, time, factory, AudioSpliterErrorCatalog.ProviderName);
    }

    public static IBreezeClient Native(this EnvelopeHarness<BreezeEmulator> h) => h.Factory.GetNativeClient<IBreezeClient>(h.Provider);

    public static IAudioSpliterClient Native(this EnvelopeHarness<AudioSpliterEmulator> h) => h.Factory.GetNativeClient<IAudioSpliterClient>(h.Provider);
}
