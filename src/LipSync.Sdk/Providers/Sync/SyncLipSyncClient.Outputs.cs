namespace LipSync.Sdk.Providers.Sync;

// Sync's outputUrl does not change when the generation is read again: its download endpoint issues a fresh link.
internal sealed partial class SyncLipSyncClient
{
    public override async Task<Uri?> GetFreshOutputUrlAsync(string jobId, CancellationToken cancellationToken) =>
        await _native.GetGenerationDownloadUrlAsync(jobId, cancellationToken).ConfigureAwait(false);
}
