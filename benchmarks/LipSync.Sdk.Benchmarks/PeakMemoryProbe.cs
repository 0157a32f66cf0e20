using System.Diagnostics;
using System.Globalization;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// Measures how far the process's resident memory rises above its level at <see cref="Start"/>: on Linux by resetting
/// the kernel's high-water mark (<c>echo 5 &gt; /proc/self/clear_refs</c>) and reading <c>VmHWM</c>, which catches
/// every spike; elsewhere by sampling the working set every 5 ms. Figures go to a file that <see cref="PeakMemoryColumn"/>
/// reads, because BenchmarkDotNet runs benchmarks in a child process and has no column for them.
/// </summary>
internal sealed class PeakMemoryProbe : IDisposable
{
    private const string ResultsVariable = "LIPSYNC_BENCH_RESULTS";
    private readonly long _baseline;
    private readonly bool _kernelPeak;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task? _sampler;
    private long _sampledPeak;

    private PeakMemoryProbe()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _kernelPeak = TryResetKernelPeak();
        _baseline = ReadStatus("VmRSS:") ?? CurrentWorkingSet();
        _sampledPeak = _baseline;
        if (!_kernelPeak)
        {
            _sampler = Task.Run(SampleAsync);
        }
    }

    /// <summary>The file the probe appends to: <c>{LIPSYNC_BENCH_RESULTS or temp}/peak-memory.txt</c>.</summary>
    public static string ResultsFile => Path.Combine(
        Environment.GetEnvironmentVariable(ResultsVariable) is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "lipsync-bench"),
        "peak-memory.txt");

    public static PeakMemoryProbe Start() => new();

    /// <summary>Points every probe of this process and its children at <paramref name="directory"/>, emptied first.</summary>
    public static void UseResultsDirectory(string directory)
    {
        Directory.CreateDirectory(directory);
        Environment.SetEnvironmentVariable(ResultsVariable, directory);
        File.Delete(ResultsFile);
    }

    /// <summary>Appends the rise since <see cref="Start"/> under <paramref name="benchmark"/>.</summary>
    public void Record(string benchmark)
    {
        var peak = _kernelPeak ? ReadStatus("VmHWM:") ?? _baseline : Math.Max(Interlocked.Read(ref _sampledPeak), CurrentWorkingSet());
        Directory.CreateDirectory(Path.GetDirectoryName(ResultsFile)!);
        File.AppendAllText(ResultsFile, string.Create(CultureInfo.InvariantCulture, $"{benchmark} {peak - _baseline}{Environment.NewLine}"));
    }

    /// <summary>The largest rise recorded for <paramref name="benchmark"/>, in bytes, or null.</summary>
    public static long? MaxRise(string benchmark)
    {
        if (!File.Exists(ResultsFile))
        {
            return null;
        }

        long? max = null;
        foreach (var line in File.ReadLines(ResultsFile))
        {
            var parts = line.Split(' ');
            if (parts.Length == 2 && parts[0] == benchmark && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var rise))
            {
                max = Math.Max(max ?? long.MinValue, rise);
            }
        }

        return max;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _sampler?.GetAwaiter().GetResult();
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var current = CurrentWorkingSet();
            if (current > Interlocked.Read(ref _sampledPeak))
            {
                Interlocked.Exchange(ref _sampledPeak, current);
            }

            await Task.Delay(5, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static bool TryResetKernelPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return ReadStatus("VmHWM:") is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long CurrentWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    // "VmHWM:    123456 kB" → bytes.
    private static long? ReadStatus(string field)
    {
        if (!File.Exists("/proc/self/status"))
        {
            return null;
        }

        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal)
                && long.TryParse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture, out var kilobytes))
            {
                return kilobytes * 1024;
            }
        }

        return null;
    }
}
