using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// A second opinion on the SDK/raw ratios that survives a busy machine: BenchmarkDotNet measures one benchmark after
/// another, so load from other processes that comes and goes between two rows skews their ratio. Here the SDK and
/// the raw call alternate in short rounds (order swapped every round) and the reported ratio is the median of the
/// per-round ratios, so both sides see the same load. Allocation is the process-wide figure per call (client and
/// in-process emulator, like BenchmarkDotNet's column). Run with <c>--paired</c> (and at the end of <c>--short</c>).
/// </summary>
internal static class PairedRun
{
    public static string Run(int rounds = 40, int callsPerRound = 300, int uploadRounds = 5)
    {
        var table = new StringBuilder();
        table.AppendLine("| pair | raw median µs/op | SDK median µs/op | SDK/raw (median of per-round ratios) | raw B/op | SDK B/op | alloc ratio |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");

        var api = new ApiCallBenchmarks();
        api.Setup();
        try
        {
            Pair(table, "GetJob", () => api.GetJobRaw(), () => api.GetJobSdk(), rounds, callsPerRound);
            Pair(table, "Submit", () => api.SubmitRaw(), () => api.SubmitSdk(), rounds, callsPerRound);
            Pair(table, "Error429", () => api.RateLimitedRaw(), () => api.RateLimitedSdk(), rounds, callsPerRound);
        }
        finally
        {
            api.Cleanup();
        }

        var upload = new UploadBenchmarks();
        upload.Setup();
        try
        {
            UploadPair(table, upload, uploadRounds);
        }
        finally
        {
            upload.Cleanup();
        }

        return table.ToString();
    }

    private static void Pair(StringBuilder table, string name, Func<Task> raw, Func<Task> sdk, int rounds, int calls)
    {
        Batch(raw, calls);
        Batch(sdk, calls);
        var rawTimes = new List<double>();
        var sdkTimes = new List<double>();
        var ratios = new List<double>();
        long rawBytes = 0, sdkBytes = 0;
        for (var round = 0; round < rounds; round++)
        {
            (double Micros, long Bytes) r, s;
            if (round % 2 == 0)
            {
                r = Batch(raw, calls);
                s = Batch(sdk, calls);
            }
            else
            {
                s = Batch(sdk, calls);
                r = Batch(raw, calls);
            }

            rawTimes.Add(r.Micros);
            sdkTimes.Add(s.Micros);
            ratios.Add(s.Micros / r.Micros);
            rawBytes += r.Bytes;
            sdkBytes += s.Bytes;
        }

        var rawPerCall = rawBytes / (double)(rounds * calls);
        var sdkPerCall = sdkBytes / (double)(rounds * calls);
        table.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {Median(rawTimes):0.0} | {Median(sdkTimes):0.0} | {Median(ratios):0.00} | {rawPerCall:0} | {sdkPerCall:0} | {sdkPerCall / rawPerCall:0.00} |");
    }

    // Awaits each call inside one async loop, as an application would (no thread blocked per call).
    private static (double Micros, long Bytes) Batch(Func<Task> call, int calls) => BatchAsync(call, calls).GetAwaiter().GetResult();

    private static async Task<(double Micros, long Bytes)> BatchAsync(Func<Task> call, int calls)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await call().ConfigureAwait(false);
        }

        watch.Stop();
        return (watch.Elapsed.TotalMicroseconds / calls, GC.GetTotalAllocatedBytes(precise: false) - allocated);
    }

    private static void UploadPair(StringBuilder table, UploadBenchmarks upload, int rounds)
    {
        var rawTimes = new List<double>();
        var sdkTimes = new List<double>();
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var r = 0.0;
            var s = 0.0;
            foreach (var sdkFirst in round % 2 == 0 ? new[] { false, true } : [true, false])
            {
                upload.StartMemoryProbe();
                var watch = Stopwatch.StartNew();
                (sdkFirst ? upload.UploadSdk() : upload.UploadRaw()).GetAwaiter().GetResult();
                var seconds = watch.Elapsed.TotalSeconds;
                upload.StopMemoryProbe();
                if (sdkFirst)
                {
                    s = seconds;
                }
                else
                {
                    r = seconds;
                }
            }

            rawTimes.Add(r);
            sdkTimes.Add(s);
            ratios.Add(r / s);
        }

        const double MiB = UploadBenchmarks.Size / 1048576.0;
        table.AppendLine(CultureInfo.InvariantCulture,
            $"| Upload 1 GiB (MiB/s, ratio = SDK/raw throughput) | {MiB / Median(rawTimes):0} | {MiB / Median(sdkTimes):0} | {Median(ratios):0.00} | peak RSS rise raw {Rise("UploadRaw")} | SDK {Rise("UploadSdk")} | |");
    }

    private static string Rise(string benchmark) =>
        PeakMemoryProbe.MaxRise(benchmark) is { } rise ? (rise / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB" : "?";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
