using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// DELETE /v3/lipsyncs/{id} → {"data":{"id":"..."}} (HeyGen's official CLI, gen/lipsync.go "Delete lipsync").
public sealed partial class HeyGenEmulator
{
    private int _deletedJobCount;

    /// <summary>How many lip-sync jobs <c>DELETE /v3/lipsyncs/{id}</c> has removed.</summary>
    public int DeletedJobCount => Volatile.Read(ref _deletedJobCount);

    private async Task HandleDeleteLipsyncAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (!_store.Delete(id, HeyGenJobKind.Lipsync))
        {
            await WriteV3ErrorAsync(context, 404, "not_found", "Lipsync not found.").ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _deletedJobCount);
        await WriteDataAsync(context, 200, new JsonObject { ["id"] = id }).ConfigureAwait(false);
    }
}
