using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests;

/// <summary>
/// What every provider harness shares: an emulator on loopback, a manual clock on which timers up to 61 s (backoff,
/// hints, poll intervals) fire at once and are recorded while longer ones (timeouts) fire only when the clock passes
/// them, and a client factory pointed at the emulator with jitter off, so tests assert exact attempts and delays.
/// </summary>
internal abstract class ProviderHarness<TEmulator> : IAsyncDisposable
    where TEmulator : LoopbackEmulator
{
    protected ProviderHarness(string provider, TEmulator emulator, ManualTimeProvider time, LipSyncClientFactory factory)
    {
        Provider = provider;
        Emulator = emulator;
        Time = time;
        Factory = factory;
    }

    public string Provider { get; }

    public TEmulator Emulator { get; }

    public ManualTimeProvider Time { get; }

    public LipSyncClientFactory Factory { get; }

    public ILipSyncClient Client => Factory.GetClient(Provider);

    /// <summary>Backoff and hint delays (timeouts filtered out).</summary>
    public IReadOnlyList<TimeSpan> Delays => Time.RecordedDelays.Where(d => d < TimeSpan.FromSeconds(90)).ToList();

    public virtual async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        await Emulator.DisposeAsync();
    }
}

/// <summary>The clock and client factory every provider harness starts from.</summary>
internal static class ProviderHarness
{
    public static ManualTimeProvider NewClock(bool autoAdvance = true) =>
        new(autoAdvance: autoAdvance) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(61) };

    /// <summary>A factory for <paramref name="provider"/> at <paramref name="baseAddress"/>: 100 s attempts, 5 min total, no jitter.</summary>
    public static LipSyncClientFactory NewFactory(
        string provider, string apiKey, Uri baseAddress, TimeProvider clock, Action<LipSyncOptions>? configure)
    {
        var options = new LipSyncOptions
        {
            DefaultProvider = provider,

            // AttemptTimeout left at its default (100 s, or the total when a test sets a shorter one).
            TotalTimeout = TimeSpan.FromMinutes(5),
        };
        options.Retry.UseJitter = false;
        options.AddProvider(provider, p =>
        {
            p.ApiKey = apiKey;
            p.BaseAddress = baseAddress;
        });
        configure?.Invoke(options);
        return new LipSyncClientFactory(options, clock);
    }
}
