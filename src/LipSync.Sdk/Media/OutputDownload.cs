namespace LipSync.Sdk;

/// <summary>Runs <see cref="ResumableDownload"/> for a job's result, into a stream or atomically into a file.</summary>
internal static class OutputDownload
{
    public static Task<long> ToStreamAsync(
        LipSyncJob job, ILipSyncClient? client, Stream destination, MediaDownloadOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(destination);
        var url = job.OutputUrl ?? throw new InvalidOperationException($"Job {job.Id} has no output URL (status {job.Status}).");
        if (client is not null && !string.Equals(client.Provider, job.Provider, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The job is a {job.Provider} job; download it with a {job.Provider} client, not {client.Provider}.", nameof(job));
        }

        var source = client?.GetService(typeof(IOutputDownloadSource)) as IOutputDownloadSource;
        var time = source?.Connection.Time ?? client?.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        var download = new ResumableDownload(job.Provider, url, DownloadRoute.For(job.Provider, source?.Connection, options?.HttpClient), time)
        {
            Refresh = Refresher(job.Id, client, source),
            Progress = options?.Progress,
            TotalKnown = options?.TotalKnown,
            MaxRetryAfter = source?.Connection.Settings.Retry.MaxRetryAfter ?? TimeSpan.FromSeconds(60),
        };
        return download.CopyToAsync(destination, cancellationToken);
    }

    /// <summary>Writes to <c>{path}.partial</c> and moves it over <paramref name="path"/> only when the download is complete and verified.</summary>
    public static async Task<long> ToFileAsync(string path, Func<Stream, Task<long>> download)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var partial = path + ".partial";
        try
        {
            long written;
            var file = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                written = await download(file).ConfigureAwait(false);
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

    // The provider's own way to renew a link where the SDK knows it; a client from elsewhere reads the job again.
    private static Func<CancellationToken, Task<Uri?>>? Refresher(string jobId, ILipSyncClient? client, IOutputDownloadSource? source) =>
        source is not null ? ct => source.GetFreshOutputUrlAsync(jobId, ct)
        : client is not null ? async ct => (await client.GetJobAsync(jobId, ct).ConfigureAwait(false)).OutputUrl
        : null;
}
