namespace LipSync.Sdk.Providers.Sync;

public partial interface ISyncClient
{
    /// <summary>
    /// <c>DELETE /v2/generations/{id}</c>: deletes a finished generation (sync.so docs, generate-api/delete). Only a
    /// generation in a terminal state can be deleted; one still pending or processing answers 409
    /// <c>generation_not_deletable_while_processing</c> (<see cref="LipSyncErrorKind.Conflict"/>).
    /// </summary>
    /// <param name="generationId">The generation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deleted generation, as Sync returns it.</returns>
    /// <exception cref="LipSyncException">Not found, still processing, or Sync could not be reached.</exception>
    Task<Generation> DeleteGenerationAsync(string generationId, CancellationToken cancellationToken = default);
}
