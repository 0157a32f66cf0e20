using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LipSync.Sdk.Testing;

// Serves a result the way storage hosts do: a strong ETag and Accept-Ranges on every answer, one byte range honoured
// with 206 + Content-Range, If-Range honoured (a different validator gets the whole object), an unsatisfiable range
// answered 416 with the length. The body goes out in flushed chunks, so a fault can cut it mid-way.
internal static class OutputResponder
{
    private const int Chunk = 16 * 1024;

    public static string ETagOf(ReadOnlySpan<byte> bytes) => "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + "\"";

    public static async Task WriteAsync(HttpContext context, ReadOnlyMemory<byte> content, string contentType)
    {
        var request = context.Request;
        var response = context.Response;
        var etag = ETagOf(content.Span);
        var length = content.Length;
        response.Headers.ETag = etag;
        response.Headers.AcceptRanges = "bytes";
        response.ContentType = contentType;

        var range = request.Headers.Range.ToString();
        var ifRange = request.Headers.IfRange.ToString();
        var honourRange = range.Length > 0 && (ifRange.Length == 0 || string.Equals(ifRange, etag, StringComparison.Ordinal));
        if (!honourRange || !TryParse(range, length, out var start, out var end, out var satisfiable))
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentLength = length;
            await WriteChunksAsync(context, content).ConfigureAwait(false);
            return;
        }

        if (!satisfiable)
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes */{length}");
            response.ContentLength = 0;
            return;
        }

        response.StatusCode = StatusCodes.Status206PartialContent;
        response.Headers.ContentRange = new ContentRangeHeaderValue(start, end, length).ToString();
        response.ContentLength = end - start + 1;
        await WriteChunksAsync(context, content[(int)start..(int)(end + 1)]).ConfigureAwait(false);
    }

    // One range only ("bytes=a-", "bytes=a-b", "bytes=-n"); several ranges or a malformed header read as no range.
    private static bool TryParse(string header, long length, out long start, out long end, out bool satisfiable)
    {
        start = end = 0;
        satisfiable = false;
        if (!RangeHeaderValue.TryParse(header, out var parsed) || parsed.Ranges.Count != 1
            || !string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var item = parsed.Ranges.First();
        if (item.From is { } from)
        {
            start = from;
            end = Math.Min(item.To ?? length - 1, length - 1);
        }
        else if (item.To is { } suffix)
        {
            start = Math.Max(0, length - suffix);
            end = length - 1;
        }

        satisfiable = start < length && start <= end;
        return true;
    }

    private static async Task WriteChunksAsync(HttpContext context, ReadOnlyMemory<byte> body)
    {
        for (var offset = 0; offset < body.Length; offset += Chunk)
        {
            await context.Response.Body.WriteAsync(body.Slice(offset, Math.Min(Chunk, body.Length - offset)), context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }
}
