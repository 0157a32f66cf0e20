using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Chamelaion;

/// <summary>
/// A Chamelaion emulator on loopback plus an SDK client pointed at its <c>/api</c> base, on a manual clock shared by
/// both, so retry, poll and rate-limit timing is asserted without sleeping. Timers up to 61 s fire at once unless
/// <c>autoAdvance</c> is off; longer ones (timeouts) only when the clock passes them.
/// </summary>
internal sealed class ChamelaionHarness : IAsyncDisposable
{
    public const string ApiKey = "ck-test-chamelaion-0123456789";

    private ChamelaionHarness(ChamelaionEmulator emulator, ManualTimeProvider time, LipSyncClientFactory factory)
    {
        Emulator = emulator;
        Time = time;
        Factory = factory;
    }

    public ChamelaionEmulator Emulator { get; }

    public ManualTimeProvider Time { get; }

    public LipSyncClientFactory Factory { get; }

    public ILipSyncClient Client => Factory.GetClient("chamelaion");

    public IChamelaionClient Native => Factory.GetNativeClient<IChamelaionClient>("chamelaion");

    /// <summary>Backoff delays (timeouts filtered out).</summary>
    public IReadOnlyList<TimeSpan> Delays => Time.RecordedDelays.Where(d => d < TimeSpan.FromSeconds(90)).ToList();

    public IReadOnlyList<RecordedRequest> Creates => Emulator.RequestsTo("POST", "/api/v1/lipsync/generate");

    public IReadOnlyList<RecordedRequest> Lookups =>
        Emulator.RequestsTo("GET", "/api/v1/lipsync/requests").Where(r => r.QueryString.Contains("reference_id=", StringComparison.Ordinal)).ToList();

    public static async Task<ChamelaionHarness> StartAsync(
        Action<LipSyncOptions>? configure = null, Action<ChamelaionEmulatorOptions>? emulator = null, bool autoAdvance = true,
        TimeProvider? clientClock = null)
    {
        var time = new ManualTimeProvider(autoAdvance: autoAdvance) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(61) };
        var emulatorOptions = new ChamelaionEmulatorOptions { ApiKey = ApiKey, TimeProvider = time };
        emulator?.Invoke(emulatorOptions);
        var server = await ChamelaionEmulator.StartAsync(emulatorOptions);
        var options = new LipSyncOptions
        {
            DefaultProvider = "chamelaion",
            AttemptTimeout = TimeSpan.FromSeconds(100),
            TotalTimeout = TimeSpan.FromMinutes(5),
        };
        options.Retry.UseJitter = false;
        options.AddProvider("chamelaion", p =>
        {
            p.ApiKey = ApiKey;
            p.BaseAddress = server.ApiBaseAddress;
        });
        configure?.Invoke(options);
        return new ChamelaionHarness(server, time, new LipSyncClientFactory(options, clientClock ?? time));
    }

    public static LipSyncRequest UrlRequest(string? clientReference = null) => new()
    {
        Video = MediaSource.FromUrl("https://cdn.example.com/episodes/42.mp4"),
        Audio = MediaSource.FromUrl("https://cdn.example.com/dubs/42-japanese.wav"),
        ClientReference = clientReference,
    };

    public async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        await Emulator.DisposeAsync();
    }
}
