using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LipSync.Sdk.Testing;

// Carries out a scripted Fault on one request. Cancellation of context.RequestAborted (client gone or emulator
// stopping) surfaces as OperationCanceledException, which the emulator turns into a connection abort.
internal static class FaultExecutor
{
    // Long enough for bytes flushed by Kestrel to reach the socket before the abort tears the connection down.
    private static readonly TimeSpan FlushGrace = TimeSpan.FromMilliseconds(50);

    public static Task ApplyAsync(HttpContext context, Fault fault, Func<Task> process) =>
        fault.AppliesAfterProcessing ? ApplyAfterProcessingAsync(context, fault, process) : ApplyInsteadAsync(context, fault, process);

    private static async Task ApplyInsteadAsync(HttpContext context, Fault fault, Func<Task> process)
    {
        if (fault.Kind == FaultKind.Delay)
        {
            await Task.Delay(fault.Duration, context.RequestAborted).ConfigureAwait(false);
            await process().ConfigureAwait(false);
            return;
        }

        await ApplyResponseFaultAsync(context, fault).ConfigureAwait(false);
    }

    private static async Task ApplyAfterProcessingAsync(HttpContext context, Fault fault, Func<Task> process)
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

        if (fault.Kind == FaultKind.Delay)
        {
            await Task.Delay(fault.Duration, context.RequestAborted).ConfigureAwait(false);
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.Clear();
        await ApplyResponseFaultAsync(context, fault).ConfigureAwait(false);
    }

    private static async Task ApplyResponseFaultAsync(HttpContext context, Fault fault)
    {
        var response = context.Response;
        switch (fault.Kind)
        {
            case FaultKind.Respond:
                response.StatusCode = fault.StatusCode;
                var body = fault.Body is null ? [] : Encoding.UTF8.GetBytes(fault.Body);
                if (fault.Body is not null)
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

            default:
                throw new InvalidOperationException($"Unsupported fault kind {fault.Kind}.");
        }
    }
}
