namespace LipSync.Sdk.Providers.Sync;

public sealed partial class SyncClient
{
    /// <inheritdoc />
    public Task<Generation> DeleteGenerationAsync(string generationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(generationId);

        // A repeated DELETE changes nothing more (a second one answers 404), so it is retried like a read.
        var call = new ApiRequest(HttpMethod.Delete, "/v2/generations/" + Uri.EscapeDataString(generationId), "DeleteGeneration", RequestSafety.Idempotent);
        return _transport.SendAsync(call, SyncJsonContext.Default.Generation, cancellationToken);
    }
}
