namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// The provider-neutral client of every envelope provider (Breeze, AudioSpliter, custom profiles). They are not
/// lip-sync providers, so <see cref="SubmitAsync"/> and <see cref="ListJobsAsync"/> are not supported; their jobs
/// (Breeze speech jobs, AudioSpliter split jobs) are read and waited for like any other.
/// </summary>
internal sealed class EnvelopeLipSyncClient : ILipSyncClient, IJobWatchSource
{
    private readonly object _native;
    private readonly EnvelopeClient _envelope;

    public EnvelopeLipSyncClient(object native)
    {
        _native = native;
        _envelope = ((IEnvelopeNativeClient)native).Envelope;
    }

    public string Provider => _envelope.Provider;

    public Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(
            $"{Provider} is not a lip-sync provider, so it cannot run a lip-sync request. Create its jobs with its native client " +
            $"(GetService(typeof(...)) or ILipSyncClientFactory.GetNativeClient), then use GetJobAsync / WaitForCompletionAsync with their ids.");

    public Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        _envelope.GetJobAsync(jobId, cancellationToken);

    public Task<LipSyncJob> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        return JobPoller.WaitAsync(Poller(jobId), Provider, jobId, options ?? new JobWaitOptions(), _envelope.Transport.Time, _envelope.Transport.Redactor, cancellationToken);
    }

    public IAsyncEnumerable<LipSyncJob> WatchAsync(string jobId, JobWaitOptions options, CancellationToken cancellationToken) =>
        JobPoller.WatchAsync(Poller(jobId), Provider, jobId, options, _envelope.Transport.Time, cancellationToken);

    public IAsyncEnumerable<LipSyncJob> ListJobsAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{Provider}: listing jobs is not supported by the envelope adapter.");

    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceType.IsInstanceOfType(_native) ? _native
            : serviceType.IsInstanceOfType(_envelope) ? _envelope
            : serviceType.IsInstanceOfType(this) ? this
            : serviceType == typeof(TimeProvider) ? _envelope.Transport.Time
            : null;
    }

    // Breeze documents Retry-After on not-ready jobs, AudioSpliter rate-limit headers on every response: either sets the next poll.
    private Func<TimeSpan, CancellationToken, Task<JobPoll>> Poller(string jobId) => async (_, ct) =>
    {
        var (job, hint) = await _envelope.PollJobAsync(jobId, ct).ConfigureAwait(false);
        return new JobPoll(job, hint);
    };
}
