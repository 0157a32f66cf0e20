using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

public abstract partial class LoopbackEmulator
{
    // Relaxed escaping keeps URLs and non-ASCII text readable in recorded traffic; the wire stays valid JSON.
    private static readonly JsonSerializerOptions WireJsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="body"/> as an <c>application/json; charset=utf-8</c> response with a <c>Content-Length</c>.</summary>
    /// <param name="context">The request context.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="body">The JSON body; <see langword="null"/> writes the literal <c>null</c>.</param>
    /// <returns>A task that completes when the body is written.</returns>
    protected static Task WriteJsonAsync(HttpContext context, int statusCode, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = Encoding.UTF8.GetBytes(body?.ToJsonString(WireJsonOptions) ?? "null");
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    /// <summary>Reads the request body as JSON.</summary>
    /// <param name="context">The request context.</param>
    /// <returns>
    /// <c>Success</c> is <see langword="false"/> when the body is empty or not valid JSON; otherwise <c>Json</c> is the
    /// parsed node (which is <see langword="null"/> for the literal <c>null</c>).
    /// </returns>
    protected static async Task<(bool Success, JsonNode? Json)> TryReadJsonAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return (false, null);
        }

        try
        {
            return (true, JsonNode.Parse(buffer.ToArray()));
        }
        catch (JsonException)
        {
            return (false, null);
        }
    }
}
