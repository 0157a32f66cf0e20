using System.Buffers;

namespace LipSync.Sdk;

/// <summary>Reads at most a fixed number of bytes of a response body; the rest is never downloaded.</summary>
internal static class BoundedBodyReader
{
    private const int FirstChunk = 4096;

    /// <summary>Reads up to <paramref name="limit"/> bytes into a pooled buffer the caller must return to <see cref="ArrayPool{T}.Shared"/>.</summary>
    public static async Task<(byte[] Buffer, int Length, bool Truncated)> ReadAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit, FirstChunk));
        var length = 0;
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var room = Math.Min(buffer.Length, limit) - length;
                if (room == 0)
                {
                    if (length >= limit)
                    {
                        // One more byte tells whether the body was cut.
                        var probe = new byte[1];
                        return (buffer, length, await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) > 0);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                    continue;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length, false);
                }

                length += read;
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The connection died mid-body: classify what arrived rather than failing the classification.
            return (buffer, length, true);
        }
    }
}
