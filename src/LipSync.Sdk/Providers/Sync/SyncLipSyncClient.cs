using System.Runtime.CompilerServices;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>The provider-neutral <see cref="ILipSyncClient"/> over Sync's native client.</summary>
internal sealed partial class SyncLipSyncClient : PolledLipSyncClient, ICostEstimatingClient
{
    // A long poll must end well inside one attempt's timeout, or the SDK would cut it and retry.
    private static readonly TimeSpan AttemptMargin = TimeSpan.FromSeconds(5);

    private readonly SyncClient _native;

    public SyncLipSyncClient(SyncClient native)
        : base(native.Connection, native) => _native = native;

    public override string Provider => SyncErrorCatalog.ProviderName;

    public override async Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Every local rule first: a doomed request must not cost an upload.
        SyncRequestRules.ValidateNeutral(request);
        SyncJobMapper.ToCreateRequest(request, SyncJobMapper.Placeholder(request.Video), SyncJobMapper.Placeholder(request.Audio));

        var video = await UploadIfLocalAsync(request.Video!, cancellationToken).ConfigureAwait(false);
        var audio = await UploadIfLocalAsync(request.Audio!, cancellationToken).ConfigureAwait(false);
        var native = SyncJobMapper.ToCreateRequest(request, video, audio, SyncJobMapper.IsImage(request.Video));
        var generation = await _native.CreateGenerationAsync(native, request.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        return SyncJobMapper.ToJob(generation) with { ClientReference = request.ClientReference };
    }

    public override async Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        SyncJobMapper.ToJob(await _native.GetGenerationAsync(jobId, cancellationToken).ConfigureAwait(false));

    // POST /v2/analyze/cost prices the same body as a create. Local media would have to be uploaded first, which a
    // price check must not do: such a request is left unpriced.
    public async Task<decimal?> EstimateCostAsync(LipSyncRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Video is LocalMediaSource || request.Audio is LocalMediaSource)
        {
            return null;
        }

        var estimates = await _native.EstimateCostAsync(SyncJobMapper.ToCreateRequest(request, request.Video, request.Audio), cancellationToken).ConfigureAwait(false);
        return estimates.Count == 0 ? null : estimates.Sum(e => (decimal)e.EstimatedCostUsd);
    }

    public override Task DeleteJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        _native.DeleteGenerationAsync(jobId, cancellationToken);

    public override async IAsyncEnumerable<LipSyncJob> ListJobsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var generation in _native.ListGenerationsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return SyncJobMapper.ToJob(generation);
        }
    }

    // Long polls where they fit in the remaining wait and in one attempt; short polls otherwise. Either way the
    // response's Retry-After (Sync sends 2 s on long polls) sets the next delay.
    protected override async Task<JobPoll> PollAsync(string jobId, JobWaitOptions options, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var hold = LongPollSeconds(options, remaining);
        var result = hold > 0
            ? await _native.WaitForGenerationAsync(jobId, TimeSpan.FromSeconds(hold), cancellationToken).ConfigureAwait(false)
            : await _native.PollGenerationAsync(jobId, cancellationToken).ConfigureAwait(false);
        return new JobPoll(SyncJobMapper.ToJob(result.Generation), result.RetryAfter);
    }

    private int LongPollSeconds(JobWaitOptions options, TimeSpan remaining)
    {
        if (!options.UseLongPolling)
        {
            return 0;
        }

        var limit = options.LongPollTimeout < remaining ? options.LongPollTimeout : remaining;
        if (_native.Connection.Settings.AttemptTimeout is { } attempt && attempt - AttemptMargin < limit)
        {
            limit = attempt - AttemptMargin;
        }

        return (int)Math.Min(10, Math.Floor(limit.TotalSeconds));
    }

    private async Task<MediaSource> UploadIfLocalAsync(MediaSource source, CancellationToken cancellationToken) => source is LocalMediaSource local
        ? MediaSource.FromProviderAsset((await _native.UploadAssetAsync(local, cancellationToken: cancellationToken).ConfigureAwait(false)).Id)
        : source;
}
