using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>The native HeyGen client (API v3). Thread-safe; create one per application (or resolve it from DI).</summary>
public sealed partial class HeyGenClient : IHeyGenClient, IDisposable
{
    /// <summary>The largest file <c>POST /v3/assets</c> takes ("Max 32 MB"); larger files use the direct-upload flow.</summary>
    public const long MaxDirectAssetBytes = 32L * 1024 * 1024;

    private readonly ProviderTransport _transport;

    /// <summary>Creates a stand-alone client (without dependency injection).</summary>
    /// <param name="options">The API key (or <c>HEYGEN_API_KEY</c>), base address, retry and timeout settings.</param>
    /// <param name="timeProvider">The clock for delays and timeouts; null uses the system clock.</param>
    /// <param name="loggerFactory">Where retries are logged; null logs nothing.</param>
    public HeyGenClient(LipSyncProviderOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(ProviderPipeline.CreateStandalone(HeyGenProvider.Definition, options, timeProvider, loggerFactory))
    {
    }

    internal HeyGenClient(ProviderTransport transport) => _transport = transport;

    /// <summary>Releases the connections of a stand-alone client (clients from DI or a factory are released by their owner).</summary>
    public void Dispose() => _transport.Dispose();

    internal ProviderTransport Transport => _transport;

    /// <inheritdoc />
    public async Task<LipsyncCreated> CreateLipsyncAsync(CreateLipsyncRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        HeyGenRequestRules.Validate(request);
        var call = ApiRequest
            .WithJson(HttpMethod.Post, "/v3/lipsyncs", "CreateLipsync", RequestSafety.IdempotencyKeyed, request, HeyGenJsonContext.Default.CreateLipsyncRequest)
            .WithHeader(HeyGenIdempotencyKey.HeaderName, HeyGenIdempotencyKey.Resolve(idempotencyKey));
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataLipsyncCreated, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<Lipsync> GetLipsyncAsync(string lipsyncId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lipsyncId);
        var call = ApiRequest.Get("/v3/lipsyncs/" + PathSegment.Escape(lipsyncId), "GetLipsync");
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataLipsync, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Reads a lip-sync job like <see cref="GetLipsyncAsync"/>, with the response's <c>Retry-After</c> hint for the next poll.</summary>
    internal Task<(Lipsync Job, TimeSpan? RetryAfter)> PollLipsyncAsync(string lipsyncId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lipsyncId);
        var call = ApiRequest.Get("/v3/lipsyncs/" + PathSegment.Escape(lipsyncId), "GetLipsync");
        return _transport.SendAsync(
            call,
            async (response, ct) => (
                Data(await _transport.ReadJsonAsync(response, HeyGenJsonContext.Default.HeyGenDataLipsync, ct).ConfigureAwait(false)),
                PollHint.RetryAfter(response, _transport.Time)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<HeyGenPage<Lipsync>> GetLipsyncsPageAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(ApiRequest.Get(ListQuery("/v3/lipsyncs", options), "ListLipsyncs"), HeyGenJsonContext.Default.HeyGenPageLipsync, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Lipsync> ListLipsyncsAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default) =>
        AllPages(GetLipsyncsPageAsync, "ListLipsyncs", l => l.Id, options, cancellationToken);

    /// <inheritdoc />
    public async Task<VideoCreated> CreateVideoAsync(CreateVideoRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        HeyGenRequestRules.Validate(request);
        var call = ApiRequest
            .WithJson(HttpMethod.Post, "/v3/videos", "CreateVideo", RequestSafety.IdempotencyKeyed, request, HeyGenJsonContext.Default.CreateVideoRequest)
            .WithHeader(HeyGenIdempotencyKey.HeaderName, HeyGenIdempotencyKey.Resolve(idempotencyKey));
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataVideoCreated, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<Video> GetVideoAsync(string videoId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(videoId);
        var call = ApiRequest.Get("/v3/videos/" + PathSegment.Escape(videoId), "GetVideo");
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataVideo, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public Task<HeyGenPage<Video>> GetVideosPageAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(ApiRequest.Get(ListQuery("/v3/videos", options), "ListVideos"), HeyGenJsonContext.Default.HeyGenPageVideo, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Video> ListVideosAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default) =>
        AllPages(GetVideosPageAsync, "ListVideos", v => v.Id, options, cancellationToken);

    /// <inheritdoc />
    public Task<HeyGenAsset> UploadAssetAsync(LocalMediaSource media, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(media);
        media.ThrowIfFileMissing();
        var key = HeyGenIdempotencyKey.Resolve(idempotencyKey);
        return media.Length is > MaxDirectAssetBytes
            ? new HeyGenDirectUpload(this, media, key).RunAsync(cancellationToken)
            : UploadMultipartAsync(media, key, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<LegacyVideoStatus> GetLegacyVideoStatusAsync(string videoId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(videoId);
        var call = ApiRequest.Get("/v1/video_status.get?video_id=" + Uri.EscapeDataString(videoId), "GetLegacyVideoStatus");
        var envelope = await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenLegacyEnvelopeLegacyVideoStatus, cancellationToken).ConfigureAwait(false);
        return envelope.Data ?? throw _transport.InvalidResponse(200, "the legacy status body has no data", null);
    }

    /// <summary>Opens <paramref name="media"/> for one attempt; a non-seekable stream refuses a second attempt.</summary>
    internal static Func<HttpContent> PerAttempt(LocalMediaSource media, Func<LocalMediaContent, HttpContent> wrap, string? contentType = null)
    {
        var attempts = 0;
        return () =>
        {
            if (Interlocked.Increment(ref attempts) > 1 && !media.CanReopen)
            {
                throw new LipSyncServiceException(
                    $"heygen: the upload of {media.FileName} failed and a non-seekable stream cannot be sent again (pass a seekable stream or a file to allow retries).",
                    LipSyncErrorKind.Network, isRetryable: false, HeyGenErrorCatalog.ProviderName);
            }

            return wrap(new LocalMediaContent(media, contentType));
        };
    }

    private async Task<HeyGenAsset> UploadMultipartAsync(LocalMediaSource media, string key, CancellationToken cancellationToken)
    {
        var content = PerAttempt(media, file => new MultipartFormDataContent { { file, "file", media.FileName } });
        var call = ApiRequest
            .WithContent(HttpMethod.Post, "/v3/assets", "UploadAsset", RequestSafety.IdempotencyKeyed, content)
            .WithHeader(HeyGenIdempotencyKey.HeaderName, key);
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataHeyGenAsset, cancellationToken).ConfigureAwait(false));
    }

    internal T Data<T>(HeyGenData<T> envelope) where T : class =>
        envelope.Data ?? throw _transport.InvalidResponse(200, "the body has no data", null);

    private static async IAsyncEnumerable<T> AllPages<T>(
        Func<HeyGenListOptions, CancellationToken, Task<HeyGenPage<T>>> getPage, string listing, Func<T, string?> keyOf, HeyGenListOptions? options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = new HeyGenListOptions { Limit = options?.Limit, Token = options?.Token };
        var progress = new PageProgress<T>(HeyGenErrorCatalog.ProviderName, listing, keyOf, page.Token);
        while (true)
        {
            var result = await getPage(page, cancellationToken).ConfigureAwait(false);
            foreach (var item in result.Data)
            {
                yield return item;
            }

            if (!result.HasMore || string.IsNullOrEmpty(result.NextToken))
            {
                yield break;
            }

            progress.Advance(result.Data, result.NextToken);
            page.Token = result.NextToken;
        }
    }

    private static string ListQuery(string path, HeyGenListOptions? options)
    {
        var query = new StringBuilder(path);
        var separator = '?';
        if (options?.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(options.Limit));
            query.Append(separator).Append("limit=").Append(limit.ToString(CultureInfo.InvariantCulture));
            separator = '&';
        }

        if (!string.IsNullOrEmpty(options?.Token))
        {
            query.Append(separator).Append("token=").Append(Uri.EscapeDataString(options.Token));
        }

        return query.ToString();
    }
}
