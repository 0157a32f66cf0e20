using System.Runtime.CompilerServices;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// The provider-neutral <see cref="ILipSyncClient"/> over Chamelaion's native client. Two URL sources use
/// <c>POST /v1/lipsync/generate</c>; two local sources (files or streams) are uploaded with
/// <c>POST /v1/lipsync/generate-with-media</c>. <see cref="LipSyncRequest.ClientReference"/> becomes <c>reference_id</c>
/// (the SDK generates one when it is null); <see cref="LipSyncRequest.IdempotencyKey"/> is not used, because Chamelaion
/// has no such header and duplicate safety comes from the reference id.
/// </summary>
internal sealed class ChamelaionLipSyncClient : PolledLipSyncClient
{
    private readonly ChamelaionClient _native;

    public ChamelaionLipSyncClient(ChamelaionClient native)
        : base(native.Connection, native) => _native = native;

    public override string Provider => ChamelaionErrorCatalog.ProviderName;

    public override async Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.WebhookUrl is not null)
        {
            // No webhook or callback exists in Chamelaion's docs or SDK: a silently ignored URL would never be called.
            throw ChamelaionJobMapper.Invalid("Chamelaion has no webhooks; leave WebhookUrl null and poll with WaitForCompletionAsync");
        }

        var disableSpeakerDetection = ChamelaionJobMapper.DisableActiveSpeakerDetection(request.ProviderOptions);
        var response = (request.Video, request.Audio) switch
        {
            (UrlMediaSource video, UrlMediaSource audio) => await GenerateFromUrlsAsync(request, video, audio, disableSpeakerDetection, cancellationToken).ConfigureAwait(false),
            (LocalMediaSource video, LocalMediaSource audio) => await _native.GenerateWithMediaAsync(
                new GenerateWithMediaRequest
                {
                    Video = video,
                    Audio = audio,
                    ReferenceId = request.ClientReference,
                    DisableActiveSpeakerDetection = disableSpeakerDetection,
                    Model = request.Model,
                },
                cancellationToken).ConfigureAwait(false),
            _ => throw ChamelaionJobMapper.Invalid(
                $"Chamelaion takes either two media URLs or two uploaded files (got {Describe(request.Video)} and {Describe(request.Audio)})",
                LipSyncErrorKind.InvalidMedia),
        };
        return ChamelaionJobMapper.ToSubmittedJob(response);
    }

    public override async Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        ChamelaionJobMapper.ToJob(await _native.GetRequestAsync(jobId, cancellationToken).ConfigureAwait(false));

    public override async IAsyncEnumerable<LipSyncJob> ListJobsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var job in _native.ListRequestsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ChamelaionJobMapper.ToJob(job);
        }
    }

    // Chamelaion documents no Retry-After on status reads, but a proxy or a future version may send one: it then sets
    // the next poll instead of the growing interval.
    protected override async Task<JobPoll> PollAsync(string jobId, JobWaitOptions options, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var (job, hint) = await _native.PollRequestAsync(jobId, cancellationToken).ConfigureAwait(false);
        return new JobPoll(ChamelaionJobMapper.ToJob(job), hint);
    }

    private Task<GenerateResponse> GenerateFromUrlsAsync(
        LipSyncRequest request, UrlMediaSource video, UrlMediaSource audio, bool? disableSpeakerDetection, CancellationToken cancellationToken)
    {
        // The JSON endpoint has no model field; lipsync-2 is the only model, so only a different request is an error.
        ChamelaionRequestRules.ValidateModel(request.Model);

        return _native.GenerateAsync(
            new GenerateRequest
            {
                Inputs = [MediaInput.Video(video.Url), MediaInput.Audio(audio.Url)],
                ReferenceId = request.ClientReference,
                DisableActiveSpeakerDetection = disableSpeakerDetection,
            },
            cancellationToken);
    }

    private static string Describe(MediaSource? source) => source switch
    {
        null => "no source",
        UrlMediaSource => "a URL",
        LocalMediaSource => "a local file",
        ProviderAssetMediaSource => "a provider asset (Chamelaion has no asset store)",
        _ => source.GetType().Name,
    };
}
