namespace LipSync.Sdk;

/// <summary>
/// Downloads a completed job's output from its link as it is: streamed, resumed after a dropped connection, never
/// sending an API key. It cannot renew an expired link nor authenticate to the provider's API: prefer
/// <see cref="LipSyncClientDownloadExtensions"/>, which can.
/// </summary>
public static class LipSyncJobDownloadExtensions
{
    /// <summary>Streams the job's output (<see cref="LipSyncJob.OutputUrl"/>) into <paramref name="destination"/>.</summary>
    /// <param name="job">A completed job.</param>
    /// <param name="destination">Where the bytes go (left open). A seekable stream lets the download start over if the result changes on the server.</param>
    /// <param name="options">Progress and the client to use; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="InvalidOperationException">The job has no output URL (not completed yet).</exception>
    /// <exception cref="LipSyncException">
    /// The download failed. An expired signed URL answers 403 or 410, and a link on the provider's API (Breeze) 401:
    /// use <see cref="LipSyncClientDownloadExtensions.DownloadOutputAsync(ILipSyncClient, LipSyncJob, Stream, MediaDownloadOptions?, CancellationToken)"/>.
    /// </exception>
    public static Task<long> DownloadOutputAsync(
        this LipSyncJob job, Stream destination, MediaDownloadOptions? options = null, CancellationToken cancellationToken = default) =>
        OutputDownload.ToStreamAsync(job, client: null, destination, options, cancellationToken);

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
    public static Task<long> DownloadOutputAsync(
        this LipSyncJob job, string path, MediaDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        return OutputDownload.ToFileAsync(path, file => OutputDownload.ToStreamAsync(job, client: null, file, options, cancellationToken));
    }
}
