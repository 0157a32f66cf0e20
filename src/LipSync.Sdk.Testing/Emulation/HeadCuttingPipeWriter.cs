using System.IO.Pipelines;

namespace LipSync.Sdk.Testing;

// Wraps a connection's output so Fault.CloseDuringHeaders can let only the first bytes of a response head through:
// HttpContext never exposes the socket, and Kestrel writes the status line and headers in one go at the first flush.
// Unarmed, it forwards everything untouched. Armed, it commits at most the allowed bytes and drops the rest (bytes
// written into memory but never advanced are simply not sent); the fault then aborts the connection.
internal sealed class HeadCuttingPipeWriter(PipeWriter inner) : PipeWriter
{
    private long _remaining = -1;

    public void CutAfter(int bytes) => Interlocked.Exchange(ref _remaining, bytes);

    public override void Advance(int bytes)
    {
        var remaining = Interlocked.Read(ref _remaining);
        if (remaining < 0)
        {
            inner.Advance(bytes);
            return;
        }

        var pass = (int)Math.Min(bytes, remaining);
        inner.Advance(pass);
        Interlocked.Exchange(ref _remaining, remaining - pass);
    }

    public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
}

// The connection's transport with its output wrapped (see HeadCuttingPipeWriter).
internal sealed class HeadCuttingDuplexPipe(IDuplexPipe inner) : IDuplexPipe
{
    public HeadCuttingPipeWriter Writer { get; } = new(inner.Output);

    public PipeReader Input => inner.Input;

    public PipeWriter Output => Writer;
}
