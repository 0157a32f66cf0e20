using LipSync.Cli.Output;

namespace LipSync.Cli.Media;

/// <summary>
/// Downloads a job's result, streamed to disk with progress, through the SDK's download (see <see cref="DownloadAsync"/>).
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

    /// <summary>
    /// Downloads through the SDK's one download loop (resumed after a dropped connection, expired links renewed through
    /// the provider, the key only ever sent to the provider's own API), into <c>{path}.partial</c> moved into place
    /// when complete.
    /// </summary>
    public static Task<long> DownloadAsync(ILipSyncClient client, LipSyncJob job, string path, TransferMeter meter, CancellationToken cancellationToken) =>
        client.DownloadOutputAsync(job, path, new MediaDownloadOptions { Progress = new MeterProgress(meter), TotalKnown = total => meter.Total = total }, cancellationToken);

    // Progress<T> posts to the thread pool; the meter is read by the renderer, so it is set inline.
    private sealed class MeterProgress(TransferMeter meter) : IProgress<long>
    {
        public void Report(long value) => meter.Set(value);
    }
}
