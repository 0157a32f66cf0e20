namespace LipSync.Sdk;

/// <summary>
/// Downloads a completed job's result through the client of its provider, so the result is not lost at the last step:
/// a dropped connection is resumed from the first missing byte (HTTP <c>Range</c>), an expired link is exchanged for a
/// fresh one (Sync's download endpoint; HeyGen, Chamelaion, Breeze and AudioSpliter by reading the job again) and the
/// download continues where it stopped, and the length and any checksum the server announces are verified. The API
/// key goes only to the provider's own API (Breeze's download path); presigned and storage links never see it.
/// </summary>
public static class LipSyncClientDownloadExtensions
{
    /// <summary>Streams the job's result into <paramref name="destination"/>.</summary>
    /// <param name="client">The client of the job's provider (any middleware around it is fine).</param>
    /// <param name="job">A completed job of that provider.</param>
    /// <param name="destination">Where the bytes go (left open). A seekable stream lets the download start over if the result changes on the server.</param>
    /// <param name="options">Progress and the client for storage links; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="InvalidOperationException">The job has no output URL (not completed yet).</exception>
    /// <exception cref="ArgumentException">The job belongs to another provider than the client.</exception>
    /// <exception cref="LipSyncException">The download failed for good (the link could not be renewed, the result is gone, the checksum does not match...).</exception>
    public static Task<long> DownloadOutputAsync(
        this ILipSyncClient client, LipSyncJob job, Stream destination, MediaDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return OutputDownload.ToStreamAsync(job, client, destination, options, cancellationToken);
    }

    /// <summary>
    /// Streams the job's result into the file at <paramref name="path"/> (created or overwritten once complete). The
    /// bytes go to <c>{path}.partial</c> first, so a failed download leaves no partial file behind.
    /// </summary>
    /// <param name="client">The client of the job's provider.</param>
    /// <param name="job">A completed job of that provider.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="options">Progress and the client for storage links; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="InvalidOperationException">The job has no output URL (not completed yet).</exception>
    /// <exception cref="ArgumentException">The job belongs to another provider than the client.</exception>
    /// <exception cref="LipSyncException">The download failed for good.</exception>
    public static Task<long> DownloadOutputAsync(
        this ILipSyncClient client, LipSyncJob job, string path, MediaDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(job);
        return OutputDownload.ToFileAsync(path, file => OutputDownload.ToStreamAsync(job, client, file, options, cancellationToken));
    }
}
