namespace LipSync.Sdk.Providers.HeyGen;

public partial interface IHeyGenClient
{
    /// <summary>
    /// <c>PATCH /v3/lipsyncs/{id}</c>: renames a lip-sync job, the only change HeyGen allows (official CLI,
    /// <c>gen/lipsync.go</c> "Update Lipsync").
    /// </summary>
    /// <param name="lipsyncId">The job id.</param>
    /// <param name="request">The new <c>title</c> (required, not blank).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job as it is now.</returns>
    /// <exception cref="LipSyncException">Not found, or HeyGen could not be reached.</exception>
    Task<Lipsync> UpdateLipsyncAsync(string lipsyncId, UpdateLipsyncRequest request, CancellationToken cancellationToken = default);
}
