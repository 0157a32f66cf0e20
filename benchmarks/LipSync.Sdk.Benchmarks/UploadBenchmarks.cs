using BenchmarkDotNet.Attributes;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// A 1 GiB asset upload to the in-process <see cref="SyncEmulator"/>: the SDK's <see cref="ISyncClient.UploadAssetAsync"/>
/// (presigned URL, streamed PUT through <c>StreamedMediaContent</c>, register) against the same three requests made
/// with a bare <see cref="HttpClient"/> and <see cref="StreamContent"/>. The bytes come from
/// <see cref="SyntheticMediaStream"/> (no disk), and the emulator counts them without keeping them, so the time is the
/// client's and the loopback socket's. Extra columns: throughput and the process's peak resident memory rise during one
/// upload (<see cref="PeakMemoryProbe"/>; client and in-process server together).
/// </summary>
[MemoryDiagnoser]
public class UploadBenchmarks
{
    /// <summary>The upload size: 1 GiB.</summary>
    public const long Size = 1L << 30;

    private SyncEmulator _emulator = null!;
    private SyncClient _sdk = null!;
    private RawSyncClient _raw = null!;
    private PeakMemoryProbe? _probe;

    [GlobalSetup]
    public void Setup()
    {
        _emulator = SyncEmulator.StartAsync(new SyncEmulatorOptions { RecordBodies = false }).GetAwaiter().GetResult();
        _sdk = new SyncClient(new LipSyncProviderOptions { ApiKey = _emulator.ApiKey, BaseAddress = _emulator.BaseAddress });
        _raw = new RawSyncClient(_emulator.BaseAddress, _emulator.ApiKey!);

        // Open the connections and JIT both paths with a small upload, so the first measured one starts warm.
        _sdk.UploadAssetAsync(MediaSource.FromStream(new SyntheticMediaStream(1 << 20), "warm.mp4", "video/mp4")).GetAwaiter().GetResult();
        _raw.UploadAssetAsync(new SyntheticMediaStream(1 << 20), 1 << 20, "warm.mp4", "video/mp4").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _raw.Dispose();
        _emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void StartMemoryProbe() => _probe = PeakMemoryProbe.Start();

    [IterationCleanup]
    public void StopMemoryProbe()
    {
        // Which benchmark ran is not known here; both methods record under their own name below.
        _probe?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw StreamContent 1 GiB")]
    public async Task<long?> UploadRaw()
    {
        var asset = await _raw.UploadAssetAsync(new SyntheticMediaStream(Size), Size, "big.mp4", "video/mp4").ConfigureAwait(false);
        _probe?.Record(nameof(UploadRaw));
        return asset.Size;
    }

    [Benchmark(Description = "SDK UploadAssetAsync 1 GiB")]
    public async Task<long?> UploadSdk()
    {
        var asset = await _sdk.UploadAssetAsync(MediaSource.FromStream(new SyntheticMediaStream(Size), "big.mp4", "video/mp4")).ConfigureAwait(false);
        _probe?.Record(nameof(UploadSdk));
        return asset.Size;
    }
}
