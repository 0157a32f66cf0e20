using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LipSync.Sdk.Benchmarks;

/// <summary>Shared plumbing of the custom columns.</summary>
public abstract class LipSyncColumn(string name, string legend) : IColumn
{
    /// <inheritdoc />
    public string Id => GetType().Name;

    /// <inheritdoc />
    public string ColumnName => name;

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => legend;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc />
    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <summary>The median time of one operation in nanoseconds, if the case ran.</summary>
    protected static double? MedianNanoseconds(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Median;
}

/// <summary>Median time of a row divided by the median of its category's baseline (the targets are on medians; BDN's Ratio is on means).</summary>
public sealed class MedianRatioColumn() : LipSyncColumn("Median ratio", "Median of this row / median of the raw baseline of its category")
{
    /// <inheritdoc />
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        return baseline is not null && MedianNanoseconds(summary, baseline) is { } baseMedian and > 0 && MedianNanoseconds(summary, benchmarkCase) is { } median
            ? (median / baseMedian).ToString("0.00", CultureInfo.InvariantCulture)
            : "-";
    }
}

/// <summary>MB/s of the upload rows (1 GiB per operation, median time).</summary>
public sealed class ThroughputColumn() : LipSyncColumn("Throughput MB/s", "1 GiB / median time of one upload, in MiB per second")
{
    /// <inheritdoc />
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        benchmarkCase.Descriptor.Type == typeof(UploadBenchmarks) && MedianNanoseconds(summary, benchmarkCase) is { } ns and > 0
            ? (UploadBenchmarks.Size / 1048576.0 / (ns / 1e9)).ToString("0", CultureInfo.InvariantCulture)
            : "-";
}

/// <summary>The largest rise of resident memory during one upload, from <see cref="PeakMemoryProbe"/>.</summary>
public sealed class PeakMemoryColumn() : LipSyncColumn("Peak RSS rise MB", "Largest rise of the process's resident memory during one upload (client + in-process emulator), over all iterations")
{
    /// <inheritdoc />
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        benchmarkCase.Descriptor.Type == typeof(UploadBenchmarks) && PeakMemoryProbe.MaxRise(benchmarkCase.Descriptor.WorkloadMethod.Name) is { } rise
            ? (rise / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)
            : "-";
}
