using LipSync.Cli.Output;

namespace LipSync.Cli.Media;

/// <summary>
/// Downloads a job's result with the SDK's own download (<see cref="LipSyncJobDownloadExtensions"/>): streamed to
/// <c>&lt;file&gt;.partial</c> with progress, never sending the API key, failures in the provider's taxonomy.
/// </summary>
internal static class ResultDownloader
{
    /// <summary>Checks that the output file can be written before any work starts.</summary>
    /// <exception cref="CliUsageException">The folder does not exist or the path is a folder.</exception>
    public static string Validate(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CliUsageException($"--output: '{path}' is a folder; give a file path.");
        }

        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            throw new CliUsageException($"--output: the folder '{folder}' does not exist.");
        }

        return full;
    }

    public static Task DownloadAsync(LipSyncJob job, string path, TransferMeter meter, CancellationToken cancellationToken) =>
        job.DownloadOutputAsync(path, new MediaDownloadOptions { Progress = new MeterProgress(meter) }, cancellationToken);

    // Reports inline (not through Progress<T>'s thread pool posts) so the meter never goes backwards.
    private sealed class MeterProgress(TransferMeter meter) : IProgress<long>
    {
        public void Report(long value) => meter.Set(value);
    }
}
