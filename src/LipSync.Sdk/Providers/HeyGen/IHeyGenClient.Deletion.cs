namespace LipSync.Sdk.Providers.HeyGen;

public partial interface IHeyGenClient
{
    /// <summary>
    /// <c>DELETE /v3/lipsyncs/{id}</c>: permanently deletes a lip-sync job (HeyGen's official CLI, <c>gen/lipsync.go</c>
    /// "Delete lipsync"; heygen-chamelaion.md B4). HeyGen documents no state restriction.
    /// </summary>
    /// <param name="lipsyncId">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id HeyGen reports deleted.</returns>
    /// <exception cref="LipSyncException">Not found, or HeyGen could not be reached.</exception>
    Task<LipsyncDeleted> DeleteLipsyncAsync(string lipsyncId, CancellationToken cancellationToken = default);
}
