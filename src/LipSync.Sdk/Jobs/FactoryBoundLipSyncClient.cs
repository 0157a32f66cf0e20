using System.Runtime.CompilerServices;

namespace LipSync.Sdk;

/// <summary>
/// The neutral client a <see cref="LipSyncClientFactory"/> hands out, bound to the factory's lifetime. Disposing the
/// factory (directly, or through <c>ServiceProvider.DisposeAsync()</c>, which disposes the registered factory) ends
/// every call in flight on its clients at once — a wait no longer polls on for its whole timeout, and a stand-alone
/// factory's closed connections no longer leak a raw <see cref="ObjectDisposedException"/> from <see cref="HttpClient"/>.
/// Both paths give the same documented exception: <see cref="ObjectDisposedException"/> naming
/// <see cref="LipSyncClientFactory"/>. A call started after disposal throws it too. The caller's own cancellation
/// still surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class FactoryBoundLipSyncClient : DelegatingLipSyncClient, IJobWatchSource
{
    private readonly CancellationToken _lifetime;

    public FactoryBoundLipSyncClient(ILipSyncClient inner, CancellationToken lifetime)
        : base(inner) => _lifetime = lifetime;

    public override Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default) =>
        BoundAsync(ct => InnerClient.SubmitAsync(request, ct), null, cancellationToken);

    public override Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        BoundAsync(ct => InnerClient.GetJobAsync(jobId, ct), jobId, cancellationToken);

    public override Task<LipSyncJob> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default) =>
        BoundAsync(ct => InnerClient.WaitForCompletionAsync(jobId, options, ct), jobId, cancellationToken);

    public override IAsyncEnumerable<LipSyncJob> ListJobsAsync(CancellationToken cancellationToken = default) =>
        BoundAsync(ct => InnerClient.ListJobsAsync(ct), null, cancellationToken);

    public override Task DeleteJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        BoundAsync(async ct =>
        {
            await InnerClient.DeleteJobAsync(jobId, ct).ConfigureAwait(false);
            return true;
        }, jobId, cancellationToken);

    // Asked for by WatchAsync through GetService: the inner client's long polls and hints, under the factory's lifetime.
    public IAsyncEnumerable<LipSyncJob> WatchAsync(string jobId, JobWaitOptions options, CancellationToken cancellationToken) =>
        BoundAsync(ct => InnerClient.WatchAsync(jobId, options, ct), jobId, cancellationToken);

    /// <summary>The factory owns the inner client; disposing this view of it releases nothing.</summary>
    protected override void Dispose(bool disposing)
    {
    }

    private async Task<T> BoundAsync<T>(Func<CancellationToken, Task<T>> call, string? jobId, CancellationToken cancellationToken)
    {
        ThrowIfDisposed(jobId);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime);
        try
        {
            return await call(linked.Token).ConfigureAwait(false);
        }
        catch (Exception) when (_lifetime.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Disposed(jobId);
        }
    }

    private async IAsyncEnumerable<LipSyncJob> BoundAsync(
        Func<CancellationToken, IAsyncEnumerable<LipSyncJob>> stream, string? jobId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ThrowIfDisposed(jobId);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime);
        await using var items = stream(linked.Token).GetAsyncEnumerator(linked.Token);
        while (true)
        {
            try
            {
                if (!await items.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }
            }
            catch (Exception) when (_lifetime.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw Disposed(jobId);
            }

            yield return items.Current;
        }
    }

    private void ThrowIfDisposed(string? jobId)
    {
        if (_lifetime.IsCancellationRequested)
        {
            throw Disposed(jobId);
        }
    }

    private ObjectDisposedException Disposed(string? jobId) => new(
        nameof(LipSyncClientFactory),
        $"The {Provider} client's LipSyncClientFactory (or the service provider that owns it) was disposed"
        + (jobId is null ? "." : $" while working on job {jobId}; the job itself goes on at the provider: look it up again with a new client."));
}
