using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace LipSync.Sdk;

/// <summary>
/// An HTTP body that streams a <see cref="LocalMediaSource"/> through one pooled 80 KiB buffer: memory stays constant
/// whatever the file size. The source is opened when the body is written, so each attempt re-reads it from the start.
/// </summary>
internal sealed class StreamedMediaContent : HttpContent
{
    internal const int BufferSize = 81920;

    private readonly LocalMediaSource _source;
    private readonly IProgress<long>? _progress;
    private readonly long? _length;

    public StreamedMediaContent(LocalMediaSource source, IProgress<long>? progress)
    {
        _source = source;
        _progress = progress;
        _length = source.Length;
        Headers.ContentType = MediaTypeHeaderValue.Parse(source.ContentType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var input = await _source.OpenAsync(cancellationToken).ConfigureAwait(false);
        await MediaCopy.CopyAsync(input, stream, _progress, cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length ?? 0;
        return _length is not null;
    }
}

/// <summary>The one copy loop of uploads and downloads: a pooled buffer, cumulative byte progress.</summary>
internal static class MediaCopy
{
    public static async Task<long> CopyAsync(Stream input, Stream output, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(StreamedMediaContent.BufferSize);
        long total = 0;
        try
        {
            int read;
            while ((read = await input.ReadAsync(buffer.AsMemory(0, StreamedMediaContent.BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                total += read;
                progress?.Report(total);
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
