using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// The output of a completed generation: the presigned link itself and GET /v2/generations/{id}/download, which
// answers a fresh link as an unquoted text/plain body (sync.md §3: "not JSON, not a redirect").
public sealed partial class SyncEmulator
{
    private Task HandleOutputAsync(HttpContext context) =>
        ServeOutputAsync(context, _store.IsDownloadable((string)context.Request.RouteValues["id"]!) ? _outputVideo : null, "video/mp4");

    private async Task HandleDownloadUrlAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (_store.Find(id) is not { } job)
        {
            await WriteErrorAsync(context, StatusCodes.Status404NotFound, $"Generation with id {id} not found").ConfigureAwait(false);
            return;
        }

        // Not documented for unfinished generations; a 409 with the status says why there is nothing to download.
        if (job.Status != SyncStatuses.Completed)
        {
            await WriteErrorAsync(context, StatusCodes.Status409Conflict, $"Generation {id} is {job.Status}; it has no output to download").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(PresignOutput(GetOutputUrl(id)), context.RequestAborted).ConfigureAwait(false);
    }
}
