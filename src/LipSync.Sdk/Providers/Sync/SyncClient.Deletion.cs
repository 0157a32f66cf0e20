namespace LipSync.Sdk.Providers.Sync;

public sealed partial class SyncClient
{
    /// <inheritdoc />
    public Task<Generation> DeleteGenerationAsync(string generationId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(generationId);

        // A repeated DELETE changes nothing more (a second one answers 404), so it is retried like a read.
        var call = Call("DeleteGeneration", RequestSafety.Idempotent, SyncJsonContext.Default.Generation);
        return Read(_api.DeleteGeneration(id, call, cancellationToken), call);
    }
}
