using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Chamelaion;

/// <summary>
/// A Chamelaion emulator on loopback plus an SDK client pointed at its <c>/api</c> base, on a manual clock shared by
/// both, so retry, poll and rate-limit timing is asserted without sleeping. Timers up to 61 s fire at once unless
/// <c>autoAdvance</c> is off; longer ones (timeouts) only when the clock passes them.
/// </summary>
internal sealed class ChamelaionHarness : ProviderHarness<ChamelaionEmulator>
{
    public const string ApiKey = "ck-test-chamelaion-0123456789";

    private ChamelaionHarness(ChamelaionEmulator emulator, ManualTimeProvider time, LipSyncClientFactory factory)
        : base("chamelaion", emulator, time, factory)
    {
    }

    public IChamelaionClient Native => Factory.GetNativeClient<IChamelaionClient>("chamelaion");

    public IReadOnlyList<RecordedRequest> Creates => Emulator.RequestsTo("POST", "/api/v1/lipsync/generate");

    public IReadOnlyList<RecordedRequest> Lookups =>
        Emulator.RequestsTo("GET", "/api/v1/lipsync/requests").Where(r => r.QueryString.Contains("reference_id=", StringComparison.Ordinal)).ToList();

    public static async Task<ChamelaionHarness> StartAsync(
        Action<LipSyncOptions>? configure = null, Action<ChamelaionEmulatorOptions>? emulator = null, bool autoAdvance = true,
        TimeProvider? clientClock = null)
    {
        var time = ProviderHarness.NewClock(autoAdvance);
        var emulatorOptions = new ChamelaionEmulatorOptions { ApiKey = ApiKey, TimeProvider = time };
        emulator?.Invoke(emulatorOptions);
        var server = await ChamelaionEmulator.StartAsync(emulatorOptions);
        return new ChamelaionHarness(server, time, ProviderHarness.NewFactory("chamelaion", ApiKey, server.ApiBaseAddress, clientClock ?? time, configure));
    }

    public static LipSyncRequest UrlRequest(string? clientReference = null) => new()
    {
        Video = MediaSource.FromUrl("https://cdn.example.com/episodes/42.mp4"),
        Audio = MediaSource.FromUrl("https://cdn.example.com/dubs/42-japanese.wav"),
        ClientReference = clientReference,
    };
}
