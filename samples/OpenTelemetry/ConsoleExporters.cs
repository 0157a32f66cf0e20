using System.Diagnostics;
using System.Globalization;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace OpenTelemetrySample;

/// <summary>Prints each finished span: name, duration and the SDK's tags.</summary>
internal sealed class ConsoleSpanExporter : BaseExporter<Activity>
{
    public static int Exported { get; private set; }

    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var span in batch)
        {
            Exported++;
            var indent = span.Parent is { Source.Name: "LipSync.Sdk" } parent ? parent.Parent is { Source.Name: "LipSync.Sdk" } ? "    " : "  " : string.Empty;
            var tags = string.Join(", ", span.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{indent}{span.DisplayName} [{span.Kind}, {span.Duration.TotalMilliseconds:0} ms, {span.Status}] {tags}"));
        }

        return ExportResult.Success;
    }
}

/// <summary>Prints each metric point: instrument, tags and value (sum for counters, count and sum for histograms).</summary>
internal sealed class ConsoleMetricExporter : BaseExporter<Metric>
{
    public static HashSet<string> Exported { get; } = [];

    public override ExportResult Export(in Batch<Metric> batch)
    {
        foreach (var metric in batch)
        {
            Exported.Add(metric.Name);
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new List<string>();
                foreach (var tag in point.Tags)
                {
                    tags.Add($"{tag.Key}={tag.Value}");
                }

                var value = metric.MetricType switch
                {
                    MetricType.Histogram => string.Create(CultureInfo.InvariantCulture, $"count={point.GetHistogramCount()} sum={point.GetHistogramSum():0.###} {metric.Unit}"),
                    MetricType.LongSum => point.GetSumLong().ToString(CultureInfo.InvariantCulture),
                    MetricType.DoubleSum => point.GetSumDouble().ToString(CultureInfo.InvariantCulture),
                    _ => metric.MetricType.ToString(),
                };
                Console.WriteLine($"{metric.Name} {{{string.Join(", ", tags)}}} {value}");
            }
        }

        return ExportResult.Success;
    }
}
