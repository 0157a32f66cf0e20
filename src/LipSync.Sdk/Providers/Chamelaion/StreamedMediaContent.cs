using System.Net;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// HTTP content that copies a <see cref="LocalMediaSource"/> to the request stream in small chunks, opening the source
/// only when the body is sent: nothing is buffered whole, and each attempt reads the media afresh.
/// </summary>
internal sealed class StreamedMediaContent(LocalMediaSource source) : HttpContent
{
    private const int ChunkSize = 81920;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var media = await source.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (media.ConfigureAwait(false))
        {
            await media.CopyToAsync(stream, ChunkSize, cancellationToken).ConfigureAwait(false);
        }
    }

    // A known length gives the form a Content-Length; otherwise the upload is sent chunked.
    protected override bool TryComputeLength(out long length)
    {
        length = source.Length ?? 0;
        return source.Length is not null;
    }
}
