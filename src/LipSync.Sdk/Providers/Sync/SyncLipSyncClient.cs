using System.Runtime.CompilerServices;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>The provider-neutral <see cref="ILipSyncClient"/> over Sync's native client.</summary>
internal sealed class SyncLipSyncClient : ILipSyncClient
{
    private readonly SyncClient _native;

    public SyncLipSyncClient(SyncClient native) => _native = native;

    public string Provider => SyncErrorCatalog.ProviderName;

    public async Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default)
    {
        var native = SyncJobMapper.ToCreateRequest(request);
        var generation = await _native.CreateGenerationAsync(native, request.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        return SyncJobMapper.ToJob(generation) with { ClientReference = request.ClientReference };
    }

    public async Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        SyncJobMapper.ToJob(await _native.GetGenerationAsync(jobId, cancellationToken).ConfigureAwait(false));

    public Task<LipSyncJob> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        return JobPoller.WaitAsync(ct => GetJobAsync(jobId, ct), Provider, jobId, options ?? new JobWaitOptions(), _native.Transport.Time, cancellationToken);
    }

    public async IAsyncEnumerable<LipSyncJob> ListJobsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var generation in _native.ListGenerationsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return SyncJobMapper.ToJob(generation);
        }
    }

    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceType.IsInstanceOfType(_native) ? _native
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }
}
