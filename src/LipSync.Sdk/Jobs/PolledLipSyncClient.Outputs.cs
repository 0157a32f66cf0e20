namespace LipSync.Sdk;

// Every provider's neutral client serves downloads of its results (LipSyncClientDownloadExtensions): its connection
// for links on its own API, and a fresh link by reading the job again unless the provider has a better way (Sync).
internal abstract partial class PolledLipSyncClient : IOutputDownloadSource
{
    ProviderChannel IOutputDownloadSource.Connection => _connection;

    public virtual async Task<Uri?> GetFreshOutputUrlAsync(string jobId, CancellationToken cancellationToken) =>
        (await GetJobAsync(jobId, cancellationToken).ConfigureAwait(false)).OutputUrl;
}
