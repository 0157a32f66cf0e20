using LipSync.Cli.Output;

namespace LipSync.Cli.Media;

/// <summary>
/// Downloads a job's result, streamed to disk with progress. It uses its own <see cref="HttpClient"/> with no
/// credentials: result URLs are signed and often live on a storage host, which must never receive the API key.
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

    public static async Task DownloadAsync(string provider, Uri url, string path, TransferMeter meter, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true }) { Timeout = Timeout.InfiniteTimeSpan };
        var where = url.GetLeftPart(UriPartial.Path);
        var partial = path + ".part";
        try
        {
            using var response = await Network(where, provider, cancellationToken, () => http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken));
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                var kind = ErrorKindRules.KindForStatus(status);
                throw LipSyncExceptionFactory.Create(
                    kind, $"{provider}: downloading the result from {where} failed (HTTP {status}).",
                    ErrorKindRules.IsRetryableByDefault(kind), provider, status);
            }

            meter.Total = response.Content.Headers.ContentLength;
            await using var source = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using (var target = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await Network(where, provider, cancellationToken, () => source.ReadAsync(buffer, cancellationToken).AsTask())) > 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    total += read;
                    meter.Set(total);
                }
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    // Failures of the connection (not of the local disk) are Network errors.
    private static async Task<T> Network<T>(string where, string provider, CancellationToken cancellationToken, Func<Task<T>> receive)
    {
        try
        {
            return await receive();
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw LipSyncExceptionFactory.Create(
                LipSyncErrorKind.Network, $"{provider}: downloading the result from {where} failed: {ex.Message}",
                isRetryable: true, provider, innerException: ex);
        }
    }
}
