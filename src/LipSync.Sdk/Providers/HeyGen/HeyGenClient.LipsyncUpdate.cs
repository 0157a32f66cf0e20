namespace LipSync.Sdk.Providers.HeyGen;

public sealed partial class HeyGenClient
{
    /// <inheritdoc />
    public async Task<Lipsync> UpdateLipsyncAsync(string lipsyncId, UpdateLipsyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lipsyncId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title, nameof(request));

        // Setting a title twice leaves the same state, so the PATCH is retried like a read.
        var call = ApiRequest.WithJson(
            HttpMethod.Patch, "/v3/lipsyncs/" + PathSegment.Escape(lipsyncId), "UpdateLipsync", RequestSafety.Idempotent, request, HeyGenJsonContext.Default.UpdateLipsyncRequest);
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataLipsync, cancellationToken).ConfigureAwait(false));
    }
}
