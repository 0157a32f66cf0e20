using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.HeyGen;

/// <summary>
/// A HeyGen emulator on loopback plus an SDK client pointed at it, on a manual clock: retry and poll delays up to
/// 61 s fire at once and are recorded, so tests assert exact attempts and delays without sleeping.
/// </summary>
internal sealed class HeyGenHarness : IAsyncDisposable
{
    public const string ApiKey = "hg-test-key-0123456789";

    private HeyGenHarness(HeyGenEmulator emulator, ManualTimeProvider time, LipSyncClientFactory factory)
    {
        Emulator = emulator;
        Time = time;
        Factory = factory;
    }

    public HeyGenEmulator Emulator { get; }

    public ManualTimeProvider Time { get; }

    public LipSyncClientFactory Factory { get; }

    public ILipSyncClient Client => Factory.GetClient("heygen");

    public IHeyGenClient Native => Factory.GetNativeClient<IHeyGenClient>("heygen");

    /// <summary>Backoff and hint delays (timeouts filtered out).</summary>
    public IReadOnlyList<TimeSpan> Delays => Time.RecordedDelays.Where(d => d < TimeSpan.FromSeconds(90)).ToList();

    public static async Task<HeyGenHarness> StartAsync(Action<LipSyncOptions>? configure = null, Action<HeyGenEmulatorOptions>? emulator = null)
    {
        var time = new ManualTimeProvider(autoAdvance: true) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(61) };
        var emulatorOptions = new HeyGenEmulatorOptions { ApiKey = ApiKey };
        emulator?.Invoke(emulatorOptions);
        var server = await HeyGenEmulator.StartAsync(emulatorOptions);
        var options = new LipSyncOptions
        {
            DefaultProvider = "heygen",
            AttemptTimeout = TimeSpan.FromSeconds(100),
            TotalTimeout = TimeSpan.FromMinutes(5),
        };
        options.Retry.UseJitter = false;
        options.AddProvider("heygen", p =>
        {
            p.ApiKey = ApiKey;
            p.BaseAddress = server.BaseAddress;
        });
        configure?.Invoke(options);
        return new HeyGenHarness(server, time, new LipSyncClientFactory(options, time));
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

    public async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        Emulator.UnhandledExceptions.Should().BeEmpty();
        await Emulator.DisposeAsync();
    }
}
