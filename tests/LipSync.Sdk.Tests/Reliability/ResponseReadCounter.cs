using System.Net;

namespace LipSync.Sdk.Tests.Reliability;

/// <summary>
/// A delegating handler that counts the response body bytes the SDK actually pulled from each response stream (the
/// client-side half of "the SDK reads at most 64 KiB of an error body"). Added to the SDK's named HttpClient.
/// </summary>
internal sealed class ResponseReadCounter : DelegatingHandler
{
    private readonly List<CountingStream> _streams = [];

    /// <summary>The bytes read from each response, in order.</summary>
    public IReadOnlyList<long> BytesReadPerResponse
    {
        get { lock (_streams) { return _streams.Select(s => s.Count).ToArray(); } }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var inner = response.Content;
        var stream = new CountingStream(await inner.ReadAsStreamAsync(cancellationToken));
        lock (_streams)
        {
            _streams.Add(stream);
        }

        var counted = new StreamContent(stream);
        foreach (var header in inner.Headers)
        {
            counted.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = counted;
        return response;
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Counted(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Counted(int read)
        {
            Interlocked.Add(ref _count, read);
            return read;
        }
    }
}
