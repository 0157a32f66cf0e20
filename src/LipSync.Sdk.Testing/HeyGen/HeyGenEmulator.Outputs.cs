using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// The result of a completed job at its presigned video_url, without the key.
public sealed partial class HeyGenEmulator
{
    private static readonly byte[] OutputBytes = OutputVideo.Create(OutputVideo.DefaultLength);

    private Task HandleOutputAsync(HttpContext context) =>
        ServeOutputAsync(context, _store.IsCompleted((string)context.Request.RouteValues["id"]!) ? OutputBytes : null, "video/mp4");
}
