namespace LipSync.Sdk.Providers.HeyGen;

public sealed partial class HeyGenClient
{
    /// <inheritdoc />
    public async Task<LipsyncDeleted> DeleteLipsyncAsync(string lipsyncId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(lipsyncId);

        // A repeated DELETE changes nothing more (a second one answers 404), so it is retried like a read.
        var call = Call("DeleteLipsync", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenDataLipsyncDeleted);
        return Data(await Read(_api.DeleteLipsync(id, call, cancellationToken), call).ConfigureAwait(false));
    }
}
