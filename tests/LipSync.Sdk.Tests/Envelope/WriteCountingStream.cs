namespace LipSync.Sdk.Tests.Envelope;

/// <summary>A memory stream that records how the SDK wrote into it (how many writes, the largest one).</summary>
internal sealed class WriteCountingStream : MemoryStream
{
    public int Writes { get; private set; }

    public int LargestWrite { get; private set; }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Record(count);
        base.Write(buffer, offset, count);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Record(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void Record(int count)
    {
        Writes++;
        LargestWrite = Math.Max(LargestWrite, count);
    }
}
