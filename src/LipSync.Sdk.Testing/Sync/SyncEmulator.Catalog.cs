using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// GET /v2/models and POST /v2/analyze/cost (sync.md §3.5, §4.4).
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
}
