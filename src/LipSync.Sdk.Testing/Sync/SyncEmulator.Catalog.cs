using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// GET /v2/models, POST /v2/analyze/cost (sync.md §3.5, §4.4) and the output download URL.
public sealed partial class SyncEmulator
{
    private Task HandleModelsAsync(HttpContext context) =>
        WriteJsonAsync(context, StatusCodes.Status200OK, SyncModelCatalog.Build());

    private async Task HandleCostAsync(HttpContext context)
    {
        if (await ReadValidRequestAsync(context).ConfigureAwait(false) is null)
        {
            return;
        }

        var estimate = new JsonArray(new JsonObject
        {
            ["estimatedFrameCount"] = _estimatedFrameCount,
            ["estimatedGenerationCost"] = _estimatedGenerationCost,
        });
        await WriteJsonAsync(context, StatusCodes.Status200OK, estimate).ConfigureAwait(false);
    }

    private async Task HandleOutputAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (!_store.IsDownloadable(id))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "video/mp4";
        context.Response.ContentLength = _outputVideo.Length;
        await context.Response.Body.WriteAsync(_outputVideo, context.RequestAborted).ConfigureAwait(false);
    }
}
