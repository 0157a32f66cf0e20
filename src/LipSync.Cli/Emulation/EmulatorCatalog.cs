using LipSync.Sdk.Testing;

namespace LipSync.Cli.Emulation;

/// <summary>
/// The emulator of each provider (<c>lipsync emulate</c>): how to start it and which of its addresses the SDK is
/// pointed at (Chamelaion and AudioSpliter serve their API under a path, as the real services do). One row per provider.
/// </summary>
internal static class EmulatorCatalog
{
    private static readonly EmulatorEntry[] Entries =
    [
        Entry("audiospliter", AudioSpliterEmulator.DefaultApiKey, (AudioSpliterEmulatorOptions o, CancellationToken ct) => AudioSpliterEmulator.StartAsync(o, ct), e => e.ApiBaseAddress),
        Entry("breeze", BreezeEmulator.DefaultApiKey, (BreezeEmulatorOptions o, CancellationToken ct) => BreezeEmulator.StartAsync(o, ct), e => e.BaseAddress),
        Entry("chamelaion", ChamelaionEmulator.DefaultApiKey, (ChamelaionEmulatorOptions o, CancellationToken ct) => ChamelaionEmulator.StartAsync(o, ct), e => e.ApiBaseAddress),
        Entry("heygen", HeyGenEmulator.DefaultApiKey, (HeyGenEmulatorOptions o, CancellationToken ct) => HeyGenEmulator.StartAsync(o, ct), e => e.BaseAddress),
        Entry("sync", SyncEmulator.DefaultApiKey, (SyncEmulatorOptions o, CancellationToken ct) => SyncEmulator.StartAsync(o, ct), e => e.BaseAddress),
    ];

    /// <summary>The providers with an emulator, in name order.</summary>
    public static IReadOnlyList<string> Providers { get; } = Entries.Select(e => e.Provider).ToArray();

    /// <summary>The emulator of a provider (case-insensitive).</summary>
    public static EmulatorEntry Get(string provider) =>
        Entries.Single(e => string.Equals(e.Provider, provider, StringComparison.OrdinalIgnoreCase));

    private static EmulatorEntry Entry<TEmulator, TOptions>(
        string provider, string defaultApiKey, Func<TOptions, CancellationToken, Task<TEmulator>> start, Func<TEmulator, Uri> sdkBaseAddress)
        where TEmulator : LoopbackEmulator
        where TOptions : LoopbackEmulatorOptions, new() =>
        new(provider, defaultApiKey, async (port, apiKey, cancellationToken) =>
        {
            // A session can run for hours: keep request records small (no bodies), as a long-lived server should.
            var emulator = await start(new TOptions { Port = port, ApiKey = apiKey, RecordBodies = false }, cancellationToken);
            return new RunningEmulator(emulator, sdkBaseAddress(emulator));
        });
}

/// <summary>One provider's emulator.</summary>
/// <param name="Provider">The provider name.</param>
/// <param name="DefaultApiKey">The key the emulator accepts unless another is given.</param>
/// <param name="StartAsync">Starts it on a loopback port (0: a free one) accepting a key.</param>
internal sealed record EmulatorEntry(string Provider, string DefaultApiKey, Func<int, string, CancellationToken, Task<RunningEmulator>> StartAsync);

/// <summary>A started emulator and the base address to give the SDK (<c>BaseAddress</c>, <c>--base-url</c>).</summary>
internal sealed record RunningEmulator(LoopbackEmulator Emulator, Uri SdkBaseAddress);
