using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>
/// An envelope-provider emulator on loopback plus an SDK factory pointed at it, on a manual clock shared by both (so
/// retry delays are exact and URL expiry is controlled). Timers up to 61 s fire at once.
/// </summary>
internal sealed class EnvelopeHarness<TEmulator> : IAsyncDisposable
    where TEmulator : LoopbackEmulator
{
    public EnvelopeHarness(TEmulator emulator, ManualTimeProvider time, LipSyncClientFactory factory, string provider)
    {
        Emulator = emulator;
        Time = time;
        Factory = factory;
        Provider = provider;
    }

    public TEmulator Emulator { get; }

    public ManualTimeProvider Time { get; }

    public LipSyncClientFactory Factory { get; }

    public string Provider { get; }

    public ILipSyncClient Client => Factory.GetClient(Provider);

    public IReadOnlyList<TimeSpan> Delays => Time.RecordedDelays.Where(d => d < TimeSpan.FromSeconds(90)).ToList();

    public async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        await Emulator.DisposeAsync();
    }
}

internal static class EnvelopeHarness
{
    public const string BreezeKey = "brz_test_0123456789abcdef";
    public const string AudioSpliterKey = "as_test_0123456789abcdef";

    public static ManualTimeProvider NewClock() => new(autoAdvance: true) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(61) };

    public static async Task<EnvelopeHarness<BreezeEmulator>> BreezeAsync(Action<BreezeEmulatorOptions>? emulator = null)
    {
        var time = NewClock();
        var options = new BreezeEmulatorOptions { ApiKey = BreezeKey, TimeProvider = time };
        emulator?.Invoke(options);
        var server = await BreezeEmulator.StartAsync(options);
        var sdk = Options(BreezeErrorCatalog.ProviderName, BreezeKey, server.BaseAddress);
        return new(server, time, new LipSyncClientFactory(sdk, time), BreezeErrorCatalog.ProviderName);
    }

    public static async Task<EnvelopeHarness<AudioSpliterEmulator>> AudioSpliterAsync(Action<AudioSpliterEmulatorOptions>? emulator = null)
    {
        var time = NewClock();
        var options = new AudioSpliterEmulatorOptions { ApiKey = AudioSpliterKey, TimeProvider = time };
        emulator?.Invoke(options);
        var server = await AudioSpliterEmulator.StartAsync(options);
        var sdk = Options(AudioSpliterErrorCatalog.ProviderName, AudioSpliterKey, server.ApiBaseAddress);
        return new(server, time, new LipSyncClientFactory(sdk, time), AudioSpliterErrorCatalog.ProviderName);
    }

    public static IBreezeClient Native(this EnvelopeHarness<BreezeEmulator> h) => h.Factory.GetNativeClient<IBreezeClient>(h.Provider);

    public static IAudioSpliterClient Native(this EnvelopeHarness<AudioSpliterEmulator> h) => h.Factory.GetNativeClient<IAudioSpliterClient>(h.Provider);

    private static LipSyncOptions Options(string provider, string key, Uri baseAddress)
    {
        var options = new LipSyncOptions { DefaultProvider = provider };
        options.Retry.UseJitter = false;
        options.AddProvider(provider, p =>
        {
            p.ApiKey = key;
            p.BaseAddress = baseAddress;
        });
        return options;
    }
}
