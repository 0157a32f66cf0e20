namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// The provider-neutral client of every envelope provider (Breeze, AudioSpliter, custom profiles). They are not
/// lip-sync providers, so <see cref="SubmitAsync"/> and <see cref="ListJobsAsync"/> are not supported; their jobs
/// (Breeze speech jobs, AudioSpliter split jobs) are read and waited for like any other.
/// </summary>
internal sealed class EnvelopeLipSyncClient : PolledLipSyncClient
{
    private readonly EnvelopeClient _envelope;

    public EnvelopeLipSyncClient(object native)
        : this(native, ((IEnvelopeNativeClient)native).Envelope)
    {
    }

    private EnvelopeLipSyncClient(object native, EnvelopeClient envelope)
        : base(envelope.Connection, native, envelope) => _envelope = envelope;

    public override string Provider => _envelope.Provider;

    public override Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(
            $"{Provider} is not a lip-sync provider, so it cannot run a lip-sync request. Create its jobs with its native client " +
            $"(GetService(typeof(...)) or ILipSyncClientFactory.GetNativeClient), then use GetJobAsync / WaitForCompletionAsync with their ids.");

    public override Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        _envelope.GetJobAsync(jobId, cancellationToken);

    public override IAsyncEnumerable<LipSyncJob> ListJobsAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{Provider}: listing jobs is not supported by the envelope adapter.");

    // Breeze documents Retry-After on not-ready jobs, AudioSpliter rate-limit headers on every response: either sets the next poll.
    protected override async Task<JobPoll> PollAsync(string jobId, JobWaitOptions options, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var (job, hint) = await _envelope.PollJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        return new JobPoll(job, hint);
    }
}
