using System.Net;
using System.Net.Http.Headers;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// HTTP content that opens a <see cref="LocalMediaSource"/> only when it is sent and copies it in chunks, so a
/// large file is streamed, never held in memory. One instance per attempt.
/// </summary>
internal sealed class LocalMediaContent : HttpContent
{
    private readonly LocalMediaSource _media;

    public LocalMediaContent(LocalMediaSource media, string? contentType = null)
    {
        _media = media;
        Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType ?? media.ContentType, out var type)
            ? type
            : new MediaTypeHeaderValue("application/octet-stream");
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var source = await _media.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            await source.CopyToAsync(stream, 81920, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _media.Length ?? -1;
        return length >= 0;
    }
}
