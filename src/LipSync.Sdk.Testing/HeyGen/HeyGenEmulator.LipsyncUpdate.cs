using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// PATCH /v3/lipsyncs/{id} {"title"} → the lipsync (HeyGen's official CLI, gen/lipsync.go "Update Lipsync").
public sealed partial class HeyGenEmulator
{
    private async Task HandleUpdateLipsyncAsync(HttpContext context)
    {
        var (parsed, json) = await TryReadJsonAsync(context).ConfigureAwait(false);
        if (!parsed || json is not JsonObject request || Text(request, "title") is not { Length: > 0 } title)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", "title is required", "title").ConfigureAwait(false);
            return;
        }

        var updated = _store.Rename((string)context.Request.RouteValues["id"]!, HeyGenJobKind.Lipsync, title, RenderLipsync);
        await (updated is null
            ? WriteV3ErrorAsync(context, 404, "not_found", "Lipsync not found.")
            : WriteDataAsync(context, 200, updated)).ConfigureAwait(false);
    }
}
