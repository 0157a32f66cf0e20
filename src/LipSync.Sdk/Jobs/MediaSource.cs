namespace LipSync.Sdk;

/// <summary>
/// Where a piece of input media comes from: a URL the provider fetches, an asset the provider already stores, a local
/// file or a stream. Providers map it to their own input shape; local media is streamed, never buffered whole.
/// </summary>
public abstract class MediaSource
{
    private protected MediaSource()
    {
    }

    /// <summary>
    /// The media's playing time, when the caller knows it (set with <see cref="MediaSourceExtensions.WithDuration{T}"/>).
    /// Providers check their length limits against it before sending anything (Sync: audio at most 300 s).
    /// </summary>
    public TimeSpan? Duration { get; internal set; }

    /// <summary>Media the provider downloads itself from a public (or signed) URL.</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">The URL is relative or not http(s) (<c>ftp://</c>, <c>file://</c>...).</exception>
    public static UrlMediaSource FromUrl(Uri url) => new(url);

    /// <summary>Media the provider downloads itself from a public (or signed) URL.</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">
    /// The text is empty, relative, not a URL or not http(s): one exception for all of them, naming <paramref name="url"/>.
    /// </exception>
    public static UrlMediaSource FromUrl(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return new(HttpUrl.Parse(url, nameof(url)));
    }

    /// <summary>Media already uploaded to the provider, referenced by its asset id.</summary>
    /// <param name="assetId">The provider's asset id.</param>
    /// <returns>The source.</returns>
    public static ProviderAssetMediaSource FromProviderAsset(string assetId) => new(assetId);

    /// <summary>
    /// A local file, streamed when sent (it can be re-read, so uploads of it can be retried). The file must exist now
    /// and still exist when the request is sent: both checks happen before anything goes on the wire.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="contentType">The media type; null guesses it from the extension.</param>
    /// <returns>The source.</returns>
    /// <exception cref="FileNotFoundException">
    /// <paramref name="path"/> is not an existing file (it is missing or a directory). The message and
    /// <see cref="FileNotFoundException.FileName"/> give the full path. Every provider's submit and upload throws the
    /// same exception, before any request, when the file has gone since.
    /// </exception>
    public static LocalMediaSource FromFile(string path, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var info = new FileInfo(path);
        LocalMediaFile.ThrowIfNotAFile(info);
        return new LocalMediaSource(
            info.Name, contentType ?? MediaContentTypes.FromFileName(info.Name), () => info.Exists ? info.Length : null,
            _ => ValueTask.FromResult<Stream>(new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan)),
            canReopen: true)
        {
            File = info,
        };
    }

    /// <summary>
    /// A caller-owned stream, read from its current position when sent. A seekable stream is rewound for a retry;
    /// a non-seekable one is sent once and its upload is not retried.
    /// </summary>
    /// <param name="stream">The stream (not disposed by the SDK).</param>
    /// <param name="fileName">The file name the provider sees, such as "speech.wav".</param>
    /// <param name="contentType">The media type; null guesses it from <paramref name="fileName"/>.</param>
    /// <returns>The source.</returns>
    public static LocalMediaSource FromStream(Stream stream, string fileName, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var start = stream.CanSeek ? stream.Position : 0;
        var opened = false;
        return new LocalMediaSource(
            fileName, contentType ?? MediaContentTypes.FromFileName(fileName), () => stream.CanSeek ? stream.Length - start : null,
            _ =>
            {
                if (opened)
                {
                    if (!stream.CanSeek)
                    {
                        throw new InvalidOperationException("A non-seekable stream can be sent only once.");
                    }

                    stream.Position = start;
                }

                opened = true;
                return ValueTask.FromResult<Stream>(new NonDisposingStream(stream));
            },
            canReopen: stream.CanSeek);
    }
}

/// <summary>Media at a URL the provider fetches.</summary>
public sealed class UrlMediaSource : MediaSource
{
    internal UrlMediaSource(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = HttpUrl.Require(url, nameof(url));
    }

    /// <summary>The URL.</summary>
    public Uri Url { get; }

    /// <summary>The URL without its query string (signed URLs carry credentials there).</summary>
    /// <returns>The URL's scheme, host and path.</returns>
    public override string ToString() => Url.GetLeftPart(UriPartial.Path);
}

/// <summary>Media already stored by the provider, referenced by id.</summary>
public sealed class ProviderAssetMediaSource : MediaSource
{
    internal ProviderAssetMediaSource(string assetId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        AssetId = assetId;
    }

    /// <summary>The provider's asset id.</summary>
    public string AssetId { get; }

    /// <inheritdoc />
    public override string ToString() => $"asset:{AssetId}";
}

/// <summary>Local media (a file or a stream) that the SDK uploads, streamed.</summary>
public sealed class LocalMediaSource : MediaSource
{
    private readonly Func<long?> _length;
    private readonly Func<CancellationToken, ValueTask<Stream>> _open;

    internal LocalMediaSource(string fileName, string contentType, Func<long?> length, Func<CancellationToken, ValueTask<Stream>> open, bool canReopen)
    {
        FileName = fileName;
        ContentType = contentType;
        _length = length;
        _open = open;
        CanReopen = canReopen;
    }

    /// <summary>The file name the provider sees.</summary>
    public string FileName { get; }

    /// <summary>The media type, such as "video/mp4".</summary>
    public string ContentType { get; }

    /// <summary>The length in bytes, when known.</summary>
    public long? Length => _length();

    /// <summary>Whether the media can be read again (so an upload of it can be retried).</summary>
    public bool CanReopen { get; }

    /// <summary>The file behind a <see cref="MediaSource.FromFile"/> source; null for a stream.</summary>
    internal FileInfo? File { get; init; }

    /// <summary>
    /// Called by every provider before it sends this media: a file deleted since <see cref="MediaSource.FromFile"/>
    /// gives the same <see cref="FileNotFoundException"/> as a missing one, not an upload error from deep inside.
    /// </summary>
    internal void ThrowIfFileMissing()
    {
        if (File is { } file)
        {
            LocalMediaFile.ThrowIfNotAFile(file);
        }
    }

    /// <summary>Opens the media for one upload attempt; the caller disposes the returned stream.</summary>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>A stream positioned at the start of the media.</returns>
    public ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default) => _open(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"local:{FileName} ({ContentType})";
}
