using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// The result of a completed request at its output_url, without the key, like the storage link it stands for.
public sealed partial class ChamelaionEmulator
{
    private static readonly byte[] OutputBytes = OutputVideo.Create(OutputVideo.DefaultLength);

    private Task HandleOutputAsync(HttpContext context) =>
        ServeOutputAsync(context, _store.IsCompleted((string)context.Request.RouteValues["id"]!) ? OutputBytes : null, "video/mp4");
}
