namespace LipSync.Sdk.Providers.HeyGen;

public sealed partial class HeyGenClient
{
    /// <inheritdoc />
    public async Task<Lipsync> UpdateLipsyncAsync(string lipsyncId, UpdateLipsyncRequest request, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(lipsyncId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title, nameof(request));

        // Setting a title twice leaves the same state, so the PATCH is retried like a read.
        var call = Call("UpdateLipsync", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenDataLipsync);
        return Data(await Read(_api.UpdateLipsync(id, request, call, cancellationToken), call).ConfigureAwait(false));
    }
}
