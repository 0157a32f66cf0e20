using LipSync.Cli.Output;

namespace LipSync.Cli.Media;

/// <summary>
/// A <c>--video</c> / <c>--audio</c> value: an absolute http(s) URL the provider fetches, or a local file the SDK
/// uploads (a provider that cannot take local files yet fails with a typed <see cref="LipSyncErrorKind.InvalidMedia"/> error).
/// </summary>
internal static class MediaArgument
{
    /// <summary>Resolves the value; local files are opened for streaming and counted by <paramref name="meters"/>.</summary>
    /// <exception cref="CliUsageException">The value is neither an http(s) URL nor an existing file.</exception>
    public static MediaSource Resolve(string option, string value, List<TransferMeter> meters, List<IDisposable> opened)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return MediaSource.FromUrl(url);
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var other) && other.Scheme is not "file" && !Path.IsPathRooted(value))
        {
            throw new CliUsageException($"{option}: '{other.Scheme}' URLs are not supported; give an http(s) URL or a local file path.");
        }

        var file = new FileInfo(value);
        if (!file.Exists)
        {
            throw new CliUsageException($"{option}: '{value}' is not an http(s) URL and no such file exists.");
        }

        // The file is read through a counting stream so the upload shows a progress bar; it is seekable, so the SDK
        // can rewind it for a retry exactly as with MediaSource.FromFile.
        var meter = new TransferMeter($"Uploading {file.Name}", file.Length);
        var stream = new ProgressReadStream(
            new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan),
            meter);
        meters.Add(meter);
        opened.Add(stream);
        return MediaSource.FromStream(stream, file.Name);
    }
}
