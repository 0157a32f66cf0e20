using System.Runtime.CompilerServices;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// The provider-neutral <see cref="ILipSyncClient"/> over HeyGen's <c>/v3/lipsyncs</c>. Local media is uploaded first
/// (<c>POST /v3/assets</c>) and referenced by asset id; one idempotency key covers the whole submit, with a derived
/// key per upload, so a repeated submit neither re-uploads nor creates a second job.
/// </summary>
internal sealed class HeyGenLipSyncClient : PolledLipSyncClient
{
    private readonly HeyGenClient _native;

    public HeyGenLipSyncClient(HeyGenClient native)
        : base(native.Connection, native) => _native = native;

    public override string Provider => HeyGenErrorCatalog.ProviderName;

    public override async Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Every local rule first: a doomed request must not cost an upload.
        HeyGenRequestRules.ValidateMedia(request);
        HeyGenRequestRules.Validate(HeyGenJobMapper.ToCreateRequest(request, Placeholder(request.Video, "video"), Placeholder(request.Audio, "audio")));
        var key = HeyGenIdempotencyKey.Resolve(request.IdempotencyKey);
        var video = await ToInputAsync(request.Video, key, "video", cancellationToken).ConfigureAwait(false);
        var audio = await ToInputAsync(request.Audio, key, "audio", cancellationToken).ConfigureAwait(false);
        var created = await _native.CreateLipsyncAsync(HeyGenJobMapper.ToCreateRequest(request, video, audio), key, cancellationToken).ConfigureAwait(false);
        return new LipSyncJob
        {
            Id = created.LipsyncId,
            Provider = Provider,
            Status = JobStatus.Pending,

            // The create answer carries only the id; a new lip-sync reads "pending" with a creation time of now.
            ProviderStatus = HeyGenStatuses.Pending,
            CreatedAt = _native.Connection.Time.GetUtcNow(),
            ClientReference = request.ClientReference,
            RawRepresentation = created,
        };
    }

    public override async Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        HeyGenJobMapper.ToJob(await _native.GetLipsyncAsync(jobId, cancellationToken).ConfigureAwait(false));

    public override Task DeleteJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        _native.DeleteLipsyncAsync(jobId, cancellationToken);

    public override async IAsyncEnumerable<LipSyncJob> ListJobsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var lipsync in _native.ListLipsyncsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return HeyGenJobMapper.ToJob(lipsync);
        }
    }

    // HeyGen answers 429 with Retry-After (usage limits); a status read that carries one sets the next poll.
    protected override async Task<JobPoll> PollAsync(string jobId, JobWaitOptions options, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var (lipsync, hint) = await _native.PollLipsyncAsync(jobId, cancellationToken).ConfigureAwait(false);
        return new JobPoll(HeyGenJobMapper.ToJob(lipsync), hint);
    }

    // What the input will be once uploaded, so the create body can be checked before any upload starts.
    private static HeyGenMediaInput Placeholder(MediaSource? source, string role) => source switch
    {
        UrlMediaSource url => HeyGenMediaInput.FromUrl(url.Url),
        ProviderAssetMediaSource asset => HeyGenMediaInput.FromAsset(asset.AssetId),
        LocalMediaSource => HeyGenMediaInput.FromAsset("pending-upload"),
        null => throw new ArgumentNullException(role == "video" ? nameof(LipSyncRequest.Video) : nameof(LipSyncRequest.Audio)),
        _ => throw Unsupported(source, role),
    };

    private static LipSyncException Unsupported(MediaSource source, string role) => LipSyncExceptionFactory.Create(
        LipSyncErrorKind.InvalidMedia, $"heygen: {source.GetType().Name} is not supported as {role} input (nothing was sent).",
        isRetryable: false, HeyGenErrorCatalog.ProviderName);

    private async Task<HeyGenMediaInput> ToInputAsync(MediaSource source, string key, string role, CancellationToken cancellationToken) => source switch
    {
        UrlMediaSource url => HeyGenMediaInput.FromUrl(url.Url),
        ProviderAssetMediaSource asset => HeyGenMediaInput.FromAsset(asset.AssetId),
        LocalMediaSource local => HeyGenMediaInput.FromAsset(
            (await _native.UploadAssetAsync(local, HeyGenIdempotencyKey.Derive(key, role), cancellationToken).ConfigureAwait(false)).AssetId),
        null => throw new ArgumentNullException(role == "video" ? nameof(LipSyncRequest.Video) : nameof(LipSyncRequest.Audio)),
        _ => throw Unsupported(source, role),
    };
}
