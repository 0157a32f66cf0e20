namespace LipSync.Sdk;

/// <summary>
/// What a provider's neutral client offers downloads of its jobs' results (reached through
/// <see cref="ILipSyncClient.GetService"/>, so through any middleware): its connection, for links on its own API that
/// need the key, and a fresh link when one has expired.
/// </summary>
internal interface IOutputDownloadSource
{
    ProviderChannel Connection { get; }

    /// <summary>A fresh link to the job's result (Sync's download endpoint; for the others, the job read again).</summary>
    Task<Uri?> GetFreshOutputUrlAsync(string jobId, CancellationToken cancellationToken);
}
