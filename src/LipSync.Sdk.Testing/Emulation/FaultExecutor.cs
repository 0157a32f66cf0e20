using System.Text;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LipSync.Sdk.Testing;

// Carries out a scripted Fault on one request. Cancellation of context.RequestAborted (client gone or emulator
// stopping) surfaces as OperationCanceledException, which the emulator turns into a connection abort.
internal static class FaultExecutor
{
    // Long enough for bytes flushed by Kestrel to reach the socket before the abort tears the connection down.
    private static readonly TimeSpan FlushGrace = TimeSpan.FromMilliseconds(50);

    // HugeBody writes in chunks of this size, so the count of written bytes tracks what the socket accepted.
    private const int HugeBodyChunk = 16 * 1024;

    // After this burst HugeBody paces itself (one chunk per millisecond, ~16 MB/s): a client that hangs up early leaves
    // the count near the burst, while one that drains the body takes visibly long and leaves it at the full length.
    // Without pacing, socket buffers on loopback (tens of MB with autotuning) could swallow the whole body at once.
    private const int HugeBodyBurst = 1024 * 1024;

    private static readonly TimeSpan HugeBodyPace = TimeSpan.FromMilliseconds(1);

    public static Task ApplyAsync(HttpContext context, Fault fault, BodyByteCounter written, Func<Task> process) =>
        fault.AppliesAfterProcessing ? ApplyAfterProcessingAsync(context, fault, written, process) : ApplyInsteadAsync(context, fault, written, process);

    private static async Task ApplyInsteadAsync(HttpContext context, Fault fault, BodyByteCounter written, Func<Task> process)
    {
        if (fault.Kind == FaultKind.Delay)
        {
            await Task.Delay(fault.Duration, context.RequestAborted).ConfigureAwait(false);
            await process().ConfigureAwait(false);
            return;
        }

        await ApplyResponseFaultAsync(context, fault, written).ConfigureAwait(false);
    }

    private static async Task ApplyAfterProcessingAsync(HttpContext context, Fault fault, BodyByteCounter written, Func<Task> process)
    {
        // Capture the handler's response in memory so it can be withheld, replaced or sent late. Nothing reaches
        // Kestrel until we copy the buffer, so HasStarted stays false and Response.Clear() is allowed.
        var originalBody = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await process().ConfigureAwait(false);
        }
        finally
        {
            context.Features.Set(originalBody);
        }

        if (fault.Kind == FaultKind.ResetMidBody)
        {
            await SendHeadAndCutAsync(context, buffer.GetBuffer().AsMemory(0, (int)Math.Min(buffer.Length, fault.BodyBytesBeforeReset)), written).ConfigureAwait(false);
            return;
        }

        if (fault.Kind == FaultKind.Delay)
        {
            await Task.Delay(fault.Duration, context.RequestAborted).ConfigureAwait(false);
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.Clear();
        await ApplyResponseFaultAsync(context, fault, written).ConfigureAwait(false);
    }

    private static async Task ApplyResponseFaultAsync(HttpContext context, Fault fault, BodyByteCounter written)
    {
        var response = context.Response;
        switch (fault.Kind)
        {
            case FaultKind.Respond:
                response.StatusCode = fault.StatusCode;
                var body = fault.BodyBytes is { } raw ? raw.ToArray() : fault.Body is null ? [] : Encoding.UTF8.GetBytes(fault.Body);
                if (fault.Body is not null || fault.BodyBytes is not null)
                {
                    response.ContentType = fault.ContentType;
                }

                foreach (var (name, value) in fault.Headers)
                {
                    response.Headers[name] = value;
                }

                response.ContentLength = body.Length;
                await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
                break;

            case FaultKind.Stall:
                // Completes only by cancellation: the client hangs up or the emulator stops.
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ConfigureAwait(false);
                break;

            case FaultKind.DropConnection:
                context.Abort();
                break;

            case FaultKind.PartialBody:
                var start = Encoding.UTF8.GetBytes(fault.Body ?? string.Empty);
                response.StatusCode = fault.StatusCode;
                response.ContentType = fault.ContentType;

                // Promise more than we send so the client is mid-body when the connection dies.
                response.ContentLength = start.Length + 1024;
                await response.Body.WriteAsync(start, context.RequestAborted).ConfigureAwait(false);
                await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                await Task.Delay(FlushGrace, context.RequestAborted).ConfigureAwait(false);
                context.Abort();
                break;

            case FaultKind.CloseDuringHeaders:
                var cutter = context.Features.Get<IConnectionItemsFeature>()?.Items.TryGetValue(typeof(HeadCuttingPipeWriter), out var item) == true
                    ? (HeadCuttingPipeWriter)item!
                    : throw new InvalidOperationException("The connection has no head-cutting writer (CloseDuringHeaders needs the emulator's own listener).");
                cutter.CutAfter(fault.HeadBytes);
                response.StatusCode = fault.StatusCode;
                response.ContentType = "application/json";
                response.Headers["X-Emulator-Padding"] = new string('p', 256);
                await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                await Task.Delay(FlushGrace, context.RequestAborted).ConfigureAwait(false);
                context.Abort();
                break;

            case FaultKind.HugeBody:
                await WriteHugeBodyAsync(context, fault, written).ConfigureAwait(false);
                break;

            default:
                throw new InvalidOperationException($"Unsupported fault kind {fault.Kind}.");
        }
    }

    // The handler's status and headers (its Content-Length included) go out as they are, then part of its body and a reset.
    private static async Task SendHeadAndCutAsync(HttpContext context, ReadOnlyMemory<byte> bodyStart, BodyByteCounter written)
    {
        await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.WriteAsync(bodyStart, context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        written.Add(bodyStart.Length);
        await Task.Delay(FlushGrace, context.RequestAborted).ConfigureAwait(false);
        context.Abort();
    }

    private static async Task WriteHugeBodyAsync(HttpContext context, Fault fault, BodyByteCounter written)
    {
        var response = context.Response;
        response.StatusCode = fault.StatusCode;
        response.ContentType = fault.ContentType;
        response.ContentLength = fault.BodyLength;
        var start = Encoding.UTF8.GetBytes(fault.Body ?? string.Empty);
        var chunk = new byte[HugeBodyChunk];
        long sent = 0;
        while (sent < fault.BodyLength)
        {
            var size = (int)Math.Min(chunk.Length, fault.BodyLength - sent);
            chunk.AsSpan(0, size).Fill((byte)' ');
            if (sent < start.Length)
            {
                var head = start.AsSpan((int)sent, Math.Min(size, start.Length - (int)sent));
                head.CopyTo(chunk);
            }

            // A write completes once Kestrel and the socket buffers took the bytes; a client that hung up fails it.
            await response.Body.WriteAsync(chunk.AsMemory(0, size), context.RequestAborted).ConfigureAwait(false);
            await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            written.Add(size);
            sent += size;
            if (sent >= HugeBodyBurst)
            {
                await Task.Delay(HugeBodyPace, context.RequestAborted).ConfigureAwait(false);
            }
        }
    }
}
