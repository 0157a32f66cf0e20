namespace LipSync.Sdk;

/// <summary>Downloads a completed job's output, streamed, with byte progress, never sending an API key.</summary>
public static class LipSyncJobDownloadExtensions
{
    /// <summary>Streams the job's output (<see cref="LipSyncJob.OutputUrl"/>) into <paramref name="destination"/>.</summary>
    /// <param name="job">A completed job.</param>
    /// <param name="destination">Where the bytes go (left open).</param>
    /// <param name="options">Progress and the client to use; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="InvalidOperationException">The job has no output URL (not completed yet).</exception>
    /// <exception cref="LipSyncException">The download failed (an expired signed URL answers 403: read the job again for a fresh one).</exception>
    public static Task<long> DownloadOutputAsync(
        this LipSyncJob job, Stream destination, MediaDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(destination);
        var url = job.OutputUrl ?? throw new InvalidOperationException($"Job {job.Id} has no output URL (status {job.Status}).");
        return MediaDownloader.DownloadAsync(job.Provider, url, destination, options, cancellationToken);
    }

    /// <summary>
    /// Streams the job's output into the file at <paramref name="path"/> (created or overwritten). A failed download
    /// leaves no partial file behind.
    /// </summary>
    /// <param name="job">A completed job.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="options">Progress and the client to use; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="InvalidOperationException">The job has no output URL (not completed yet).</exception>
    /// <exception cref="LipSyncException">The download failed.</exception>
    public static async Task<long> DownloadOutputAsync(
        this LipSyncJob job, string path, MediaDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var partial = path + ".partial";
        try
        {
            long written;
            var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, StreamedMediaContent.BufferSize, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                written = await job.DownloadOutputAsync(file, options, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, path, overwrite: true);
            return written;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
