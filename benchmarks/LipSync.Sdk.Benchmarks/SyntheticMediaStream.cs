namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// A seekable read-only stream of a given length that hands out the caller's buffer as is: upload bytes without a
/// disk or a 1 GiB array, so the benchmark measures the HTTP path, not storage.
/// </summary>
internal sealed class SyntheticMediaStream(long length) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Advance(count);

    public override int Read(Span<byte> buffer) => Advance(buffer.Length);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Advance(count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Advance(buffer.Length));

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Advance(int count)
    {
        var read = (int)Math.Min(count, length - _position);
        _position += read;
        return read;
    }
}
