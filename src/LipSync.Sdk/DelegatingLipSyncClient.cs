namespace LipSync.Sdk;

/// <summary>
/// A client that passes every call to an inner client: the base for middleware (logging, telemetry, fallback,
/// budgets, result caches, shared limits). Override only what the middleware changes; <see cref="GetService"/> answers
/// with this wrapper when it matches and otherwise asks the inner client, so the native client, the clock and long
/// polling stay reachable through any number of wrappers.
/// </summary>
public abstract class DelegatingLipSyncClient : ILipSyncClient
{
    /// <summary>Wraps <paramref name="innerClient"/>.</summary>
    /// <param name="innerClient">The client calls are passed to.</param>
    protected DelegatingLipSyncClient(ILipSyncClient innerClient)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        InnerClient = innerClient;
    }

    /// <summary>The client calls are passed to.</summary>
    protected ILipSyncClient InnerClient { get; }

    /// <inheritdoc />
    public virtual string Provider => InnerClient.Provider;

    /// <inheritdoc />
    public virtual Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default) =>
        InnerClient.SubmitAsync(request, cancellationToken);

    /// <inheritdoc />
    public virtual Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        InnerClient.GetJobAsync(jobId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<LipSyncJob> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default) =>
        InnerClient.WaitForCompletionAsync(jobId, options, cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<LipSyncJob> ListJobsAsync(CancellationToken cancellationToken = default) =>
        InnerClient.ListJobsAsync(cancellationToken);

    /// <inheritdoc />
    public virtual Task DeleteJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        InnerClient.DeleteJobAsync(jobId, cancellationToken);

    /// <inheritdoc />
    public virtual object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this)
            ? this
            : InnerClient.GetService(serviceType, serviceKey);
    }

    /// <summary>Disposes this wrapper and the inner client.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the inner client when <paramref name="disposing"/> is true.</summary>
    /// <param name="disposing">True from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            InnerClient.Dispose();
        }
    }
}
