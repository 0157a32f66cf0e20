using System.Globalization;

namespace LipSync.Cli.Output;

/// <summary>Invariant formatting shared by the human and JSON output.</summary>
internal static class Formats
{
    public static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    public static string Elapsed(TimeSpan value) =>
        value.TotalHours >= 1 ? value.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : value.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>The neutral status as the JSON contract spells it: pending, processing, completed, failed, canceled.</summary>
    public static string Status(JobStatus status) => status switch
    {
        JobStatus.Pending => "pending",
        JobStatus.Processing => "processing",
        JobStatus.Completed => "completed",
        JobStatus.Failed => "failed",
        JobStatus.Canceled => "canceled",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1 << 30 => (bytes / (double)(1 << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB",
        >= 1 << 20 => (bytes / (double)(1 << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
        >= 1 << 10 => (bytes / (double)(1 << 10)).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };
}
