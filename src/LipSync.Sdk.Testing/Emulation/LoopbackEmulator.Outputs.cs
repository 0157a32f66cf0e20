using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// How every emulator hands out and serves results: links that expire on the emulator's clock, bytes served with
// ranges and validators like a storage host (OutputResponder), so downloads can be cut, resumed and refreshed.
public abstract partial class LoopbackEmulator
{
    // The result of the video emulators without a length option (HeyGen, Chamelaion): large enough to be cut mid-body.
    private static readonly byte[] DefaultVideo = OutputVideo.Create(OutputVideo.DefaultLength);
    /// <summary>
    /// How long result links handed out from now on stay valid, by <see cref="TimeProvider"/>; after that they answer
    /// as the provider's expired links do (403, or the provider's own 410). Can be changed at any time.
    /// </summary>
    public TimeSpan OutputLinkLifetime
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _outputLinkLifetimeTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            Interlocked.Exchange(ref _outputLinkLifetimeTicks, value.Ticks);
        }
    }

    /// <summary>A presigned, expiring copy of <paramref name="url"/>, issued now.</summary>
    private protected string PresignOutput(string url) => OutputLink.Presign(url, TimeProvider.GetUtcNow(), OutputLinkLifetime);

    /// <summary>An expiring copy of an API-authenticated <paramref name="url"/> (no signature: the key still decides), issued now.</summary>
    private protected string ExpiringOutput(string url) => OutputLink.WithExpiry(url, TimeProvider.GetUtcNow(), OutputLinkLifetime);

    /// <summary>Answers a download of the default result video of a job that is <paramref name="completed"/> (else 404).</summary>
    private protected Task ServeDefaultVideoAsync(HttpContext context, bool completed) =>
        ServeOutputAsync(context, completed ? DefaultVideo : null, "video/mp4");

    /// <summary>
    /// Answers a result download: <paramref name="writeExpired"/> (default: the 403 of an S3-style store) when the link
    /// has expired, 404 when there is no result, else the bytes with range support.
    /// </summary>
    private protected async Task ServeOutputAsync(
        HttpContext context, byte[]? content, string contentType, Func<HttpContext, Task>? writeExpired = null)
    {
        if (OutputLink.IsExpired(context.Request, TimeProvider.GetUtcNow()))
        {
            await (writeExpired ?? OutputLink.WriteExpiredAsync)(context).ConfigureAwait(false);
            return;
        }

        if (content is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await OutputResponder.WriteAsync(context, content, contentType).ConfigureAwait(false);
    }
}
