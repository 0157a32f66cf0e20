using System.Diagnostics;
using System.Globalization;
using System.Text;
using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// <c>--cpu-per-call BASE KEY JOB</c>: the client half of the out-of-process measurement. Against a server in another
/// process (see <c>benchmarks/cpu-per-call.sh</c>), runs rounds of calls at a fixed concurrency, alternating SDK and raw
/// (order swapped every round), and reports per call the process CPU time (user + system: everything this client
/// spends, including its HTTP stack and GC, and nothing the server spends) and the bytes allocated. Medians over rounds.
/// </summary>
internal static class CpuPerCallRun
{
    private const string VideoUrl = "https://assets.sync.so/docs/example-video.mp4";
    private const string AudioUrl = "https://assets.sync.so/docs/example-audio.wav";

    public static async Task<string> RunAsync(Uri baseAddress, string apiKey, string jobId, int rounds, int callsPerRound, int concurrency)
    {
        using var sdk = new SyncClient(new LipSyncProviderOptions { ApiKey = apiKey, BaseAddress = baseAddress });
        using var raw = new RawSyncClient(baseAddress, apiKey);

        var get = await PairAsync(
            () => raw.GetGenerationAsync(jobId),
            () => sdk.GetGenerationAsync(jobId),
            rounds, callsPerRound, concurrency).ConfigureAwait(false);
        var create = await PairAsync(
            () => raw.CreateGenerationAsync(new RawCreateGeneration
            {
                Model = "lipsync-2",
                Input = [new() { Type = "video", Url = VideoUrl }, new() { Type = "audio", Url = AudioUrl }],
            }),
            () => sdk.CreateGenerationAsync(new CreateGenerationRequest
            {
                Model = "lipsync-2",
                Input = [GenerationInput.Video(new Uri(VideoUrl)), GenerationInput.Audio(new Uri(AudioUrl))],
            }),
            rounds, callsPerRound, concurrency).ConfigureAwait(false);

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"rounds {rounds} x {callsPerRound} calls per side, concurrency {concurrency}");
        table.AppendLine("| call | raw CPU µs/call | SDK CPU µs/call | SDK/raw CPU (median of per-round ratios) | raw B/call | SDK B/call | alloc ratio |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Row(table, "get (`GET /v2/generate/{id}`)", get);
        Row(table, "create (`POST /v2/generate`)", create);
        return table.ToString();
    }

    private static void Row(StringBuilder table, string name, PairResult r) =>
        table.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {r.RawCpu:F1} | {r.SdkCpu:F1} | {r.CpuRatio:F2} | {r.RawBytes:N0} | {r.SdkBytes:N0} | {(double)r.SdkBytes / r.RawBytes:F2} |");

    private static async Task<PairResult> PairAsync<TRaw, TSdk>(Func<Task<TRaw>> raw, Func<Task<TSdk>> sdk, int rounds, int calls, int concurrency)
    {
        // Warm both paths (JIT, tiering, connection pools) before anything is counted.
        for (var i = 0; i < 3; i++)
        {
            await MeasureAsync(raw, calls, concurrency).ConfigureAwait(false);
            await MeasureAsync(sdk, calls, concurrency).ConfigureAwait(false);
        }

        var rawCpu = new List<double>();
        var sdkCpu = new List<double>();
        var ratios = new List<double>();
        var rawBytes = new List<long>();
        var sdkBytes = new List<long>();
        for (var round = 0; round < rounds; round++)
        {
            Sample r, s;
            if (round % 2 == 0)
            {
                r = await MeasureAsync(raw, calls, concurrency).ConfigureAwait(false);
                s = await MeasureAsync(sdk, calls, concurrency).ConfigureAwait(false);
            }
            else
            {
                s = await MeasureAsync(sdk, calls, concurrency).ConfigureAwait(false);
                r = await MeasureAsync(raw, calls, concurrency).ConfigureAwait(false);
            }

            rawCpu.Add(r.CpuMicros);
            sdkCpu.Add(s.CpuMicros);
            ratios.Add(s.CpuMicros / r.CpuMicros);
            rawBytes.Add(r.Bytes);
            sdkBytes.Add(s.Bytes);
        }

        return new PairResult(Median(rawCpu), Median(sdkCpu), Median(ratios), Median(rawBytes), Median(sdkBytes));
    }

    private static async Task<Sample> MeasureAsync<T>(Func<Task<T>> call, int calls, int concurrency)
    {
        var remaining = calls;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var workers = new Task[concurrency];
        for (var w = 0; w < concurrency; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                while (Interlocked.Decrement(ref remaining) >= 0)
                {
                    await call().ConfigureAwait(false);
                }
            });
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new Sample(cpu.TotalMicroseconds / calls, bytes / calls);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }

    private static long Median(List<long> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private readonly record struct Sample(double CpuMicros, long Bytes);

    private readonly record struct PairResult(double RawCpu, double SdkCpu, double CpuRatio, long RawBytes, long SdkBytes);
}
