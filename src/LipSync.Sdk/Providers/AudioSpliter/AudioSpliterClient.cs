using LipSync.Sdk.Providers.Envelope;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Providers.AudioSpliter;

/// <summary>The native AudioSpliter client, a typed layer over the shared <see cref="EnvelopeClient"/>. Thread-safe.</summary>
public sealed class AudioSpliterClient : IAudioSpliterClient, IEnvelopeNativeClient, IDisposable
{
    // A URL this close to expiry is refreshed first rather than risk it expiring mid-request.
    private static readonly TimeSpan ExpirySkew = TimeSpan.FromSeconds(5);

    /// <summary>Refit over <see cref="AudioSpliterJsonContext"/>: bodies written without reflection.</summary>
    private static readonly Refit.RefitSettings RefitSettings = ParsedContentSerializer.Settings(AudioSpliterJsonContext.Default.Options);

    private readonly EnvelopeClient _envelope;
    private readonly IAudioSpliterApi _api;

    /// <summary>Creates a stand-alone client (without dependency injection).</summary>
    /// <param name="options">The API key (or <c>AUDIOSPLITER_API_KEY</c>), base address, retry and timeout settings.</param>
    /// <param name="timeProvider">The clock for delays, timeouts and URL expiry; null uses the system clock.</param>
    /// <param name="loggerFactory">Where retries are logged; null logs nothing.</param>
    public AudioSpliterClient(LipSyncProviderOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(new EnvelopeClient(ProviderPipeline.CreateStandalone(AudioSpliterProvider.Definition, options, timeProvider, loggerFactory), AudioSpliterProfile.Create()))
    {
    }

    internal AudioSpliterClient(EnvelopeClient envelope)
    {
        _envelope = envelope;
        _api = Refit.RestService.ForGenerated<IAudioSpliterApi>(envelope.Connection.Http, RefitSettings);
    }

    /// <inheritdoc />
    public RateLimitInfo? LastRateLimit => _envelope.LastRateLimit;

    /// <summary>Releases the connections of a stand-alone client (clients from DI or a factory are released by their owner).</summary>
    public void Dispose() => _envelope.Connection.Dispose();

    EnvelopeClient IEnvelopeNativeClient.Envelope => _envelope;

    /// <inheritdoc />
    public Task<SplitJob> CreateSplitAsync(CreateSplitRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = EnvelopeClient.Call("CreateSplit", RequestSafety.NotIdempotent, AudioSpliterJsonContext.Default.SplitJob);
        return _envelope.ReadAsync(_api.CreateSplit(request, call, cancellationToken), call, AudioSpliterJsonContext.Default.SplitJob, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SplitJob> GetSplitAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(jobId);
        var call = EnvelopeClient.Call("GetSplit", RequestSafety.Idempotent, AudioSpliterJsonContext.Default.SplitJob);
        return _envelope.ReadAsync(_api.GetSplit(id, call, cancellationToken), call, AudioSpliterJsonContext.Default.SplitJob, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> DownloadSegmentAsync(string jobId, SplitSegment segment, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(destination);
        if (segment.DownloadUrl is null || segment.ExpiresAt <= _envelope.Connection.Time.GetUtcNow() + ExpirySkew)
        {
            segment = await RefreshAsync(jobId, segment.Index, cancellationToken).ConfigureAwait(false);
        }

        // Signed URLs expire (DOWNLOAD_EXPIRED, 410); re-reading the job issues fresh ones (provider notes §2.4), and the
        // download continues from the byte it had.
        var index = segment.Index;
        return await _envelope.DownloadAsync(
            new Uri(segment.DownloadUrl!, UriKind.Absolute),
            async ct => new Uri((await RefreshAsync(jobId, index, ct).ConfigureAwait(false)).DownloadUrl!, UriKind.Absolute),
            destination, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SplitSegment> RefreshAsync(string jobId, int index, CancellationToken cancellationToken)
    {
        var job = await GetSplitAsync(jobId, cancellationToken).ConfigureAwait(false);
        return job.Segments.FirstOrDefault(s => s.Index == index && s.DownloadUrl is not null)
            ?? throw LipSyncExceptionFactory.Create(
                LipSyncErrorKind.NotFound, $"audiospliter: job {jobId} has no segment {index} (status {job.Status}).", isRetryable: false,
                AudioSpliterErrorCatalog.ProviderName);
    }
}
