namespace LipSync.Sdk.Providers.Sync;

// The fresh download link of a generation (sync.md §3: GET /v2/generations/{id}/download).
public partial interface ISyncClient
{
    /// <summary>
    /// <c>GET /v2/generations/{id}/download</c>: a fresh signed link to a completed generation's output (the API
    /// answers it as a plain-text URL). Output links expire (about 7 days); ask for a new one instead of keeping them.
    /// </summary>
    /// <param name="generationId">The generation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The download link.</returns>
    /// <exception cref="LipSyncException">The generation does not exist, has no output yet, or the call failed.</exception>
    Task<Uri> GetGenerationDownloadUrlAsync(string generationId, CancellationToken cancellationToken = default);
}
