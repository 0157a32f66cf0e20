namespace LipSync.Sdk;

/// <summary>
/// What every provider's neutral client shares: waiting and watching through <see cref="JobPoller"/> (so each
/// adapter only says how to read one status and the server's hint), and the <see cref="ILipSyncClient.GetService"/>
/// escape hatch to the native client, the clock and the provider's capabilities.
/// </summary>
internal abstract partial class PolledLipSyncClient : ILipSyncClient, IJobWatchSource
{
    private readonly ProviderChannel _connection;
    private readonly object[] _services;

    /// <param name="connection">The provider's connection (clock and redactor).</param>
    /// <param name="services">What <see cref="GetService"/> hands out, first match wins (the native client first).</param>
    protected PolledLipSyncClient(ProviderChannel connection, params object[] services)
    {
        _connection = connection;
        _services = services;
    }

    public abstract string Provider { get; }

    public abstract Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default);

    public abstract Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default);

    public abstract IAsyncEnumerable<LipSyncJob> ListJobsAsync(CancellationToken cancellationToken = default);

    // Providers with a delete endpoint override this; the others say so in their capabilities row, which callers
    // read (client.GetCapabilities().Delete) instead of catching this exception.
    public virtual Task DeleteJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(
            $"{Provider} cannot delete jobs through the neutral client (its capabilities say Delete = false); check client.GetCapabilities().Delete first.");

    public Task<LipSyncJob> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        options ??= new JobWaitOptions();
        return JobPoller.WaitAsync(Poller(jobId, options), Provider, jobId, options, LongestHint, _connection.Time, _connection.Redactor, cancellationToken);
    }

    public IAsyncEnumerable<LipSyncJob> WatchAsync(string jobId, JobWaitOptions options, CancellationToken cancellationToken) =>
        JobPoller.WatchAsync(Poller(jobId, options), Provider, jobId, options, LongestHint, _connection.Time, cancellationToken);

    // A status response's Retry-After is followed up to the hint the client waits for on a retry; beyond it the
    // wait polls at that bound (a 200 is no refusal, so nothing is thrown).
    private TimeSpan LongestHint => _connection.Settings.Retry.MaxRetryAfter;

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return _services.FirstOrDefault(serviceType.IsInstanceOfType)
            ?? (serviceType.IsInstanceOfType(this) ? this
                : serviceType == typeof(TimeProvider) ? _connection.Time
                : serviceType == typeof(LipSyncCapabilities) ? ProviderCapabilityTable.For(Provider)
                : null);
    }

    /// <summary>The SDK's clients are owned by the DI container or the factory, which release their HTTP resources.</summary>
    public void Dispose()
    {
    }

    /// <summary>Reads the job once, with the server's hint of when to ask again (a status response's Retry-After).</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="options">The wait's options (for long polls).</param>
    /// <param name="remaining">The time left before the wait's overall timeout.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    protected abstract Task<JobPoll> PollAsync(string jobId, JobWaitOptions options, TimeSpan remaining, CancellationToken cancellationToken);

    private Func<TimeSpan, CancellationToken, Task<JobPoll>> Poller(string jobId, JobWaitOptions options) =>
        async (remaining, ct) =>
        {
            var poll = await PollAsync(jobId, options, remaining, ct).ConfigureAwait(false);
            return poll with { Job = _connection.Redactor.Redact(poll.Job) };
        };
}
