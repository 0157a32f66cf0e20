namespace LipSync.Sdk.Providers.HeyGen;

public sealed partial class HeyGenClient
{
    /// <inheritdoc />
    public async Task<LipsyncDeleted> DeleteLipsyncAsync(string lipsyncId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lipsyncId);

        // A repeated DELETE changes nothing more (a second one answers 404), so it is retried like a read.
        var call = new ApiRequest(HttpMethod.Delete, "/v3/lipsyncs/" + PathSegment.Escape(lipsyncId), "DeleteLipsync", RequestSafety.Idempotent);
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataLipsyncDeleted, cancellationToken).ConfigureAwait(false));
    }
}
