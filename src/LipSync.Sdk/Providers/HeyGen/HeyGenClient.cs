using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>The native HeyGen client (API v3). Thread-safe; create one per application (or resolve it from DI).</summary>
public sealed partial class HeyGenClient : IHeyGenClient, IDisposable
{
    /// <summary>The largest file <c>POST /v3/assets</c> takes ("Max 32 MB"); larger files use the direct-upload flow.</summary>
    public const long MaxDirectAssetBytes = 32L * 1024 * 1024;

    private readonly ProviderChannel _connection;
    private readonly IHeyGenApi _api;

    /// <summary>Creates a stand-alone client (without dependency injection).</summary>
    /// <param name="options">The API key (or <c>HEYGEN_API_KEY</c>), base address, retry and timeout settings.</param>
    /// <param name="timeProvider">The clock for delays and timeouts; null uses the system clock.</param>
    /// <param name="loggerFactory">Where retries are logged; null logs nothing.</param>
    public HeyGenClient(LipSyncProviderOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(ProviderPipeline.CreateStandalone(HeyGenProvider.Definition, options, timeProvider, loggerFactory))
    {
    }

    internal HeyGenClient(ProviderChannel connection)
    {
        _connection = connection;
        _api = Refit.RestService.ForGenerated<IHeyGenApi>(connection.Http, HeyGenProvider.RefitSettings);
    }

    /// <summary>Releases the connections of a stand-alone client (clients from DI or a factory are released by their owner).</summary>
    public void Dispose() => _connection.Dispose();

    internal ProviderChannel Connection => _connection;

    internal IHeyGenApi Api => _api;

    /// <inheritdoc />
    public async Task<LipsyncCreated> CreateLipsyncAsync(CreateLipsyncRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        HeyGenRequestRules.Validate(request);
        var key = HeyGenIdempotencyKey.Resolve(idempotencyKey);
        var call = Call("CreateLipsync", RequestSafety.IdempotencyKeyed, HeyGenJsonContext.Default.HeyGenDataLipsyncCreated);
        return Data(await Read(_api.CreateLipsync(request, key, call, cancellationToken), call).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<Lipsync> GetLipsyncAsync(string lipsyncId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(lipsyncId);
        var call = Call("GetLipsync", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenDataLipsync);
        return Data(await Read(_api.GetLipsync(id, call, cancellationToken), call).ConfigureAwait(false));
    }

    /// <summary>Reads a lip-sync job like <see cref="GetLipsyncAsync"/>, with the response's <c>Retry-After</c> hint for the next poll.</summary>
    internal async Task<(Lipsync Job, TimeSpan? RetryAfter)> PollLipsyncAsync(string lipsyncId, CancellationToken cancellationToken)
    {
        var id = PathSegment.Id(lipsyncId);
        var call = Call("GetLipsync", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenDataLipsync);
        using var response = await Read(_api.PollLipsync(id, call, cancellationToken), call).ConfigureAwait(false);
        var envelope = await _connection.ReadJsonAsync(response, HeyGenJsonContext.Default.HeyGenDataLipsync, cancellationToken).ConfigureAwait(false);
        return (Data(envelope), PollHint.RetryAfter(response, _connection.Time));
    }

    /// <inheritdoc />
    public Task<HeyGenPage<Lipsync>> GetLipsyncsPageAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (limit, token) = PageQuery(options);
        var call = Call("ListLipsyncs", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenPageLipsync);
        return Read(_api.ListLipsyncs(limit, token, call, cancellationToken), call);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<Lipsync> ListLipsyncsAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default) =>
        AllPages(GetLipsyncsPageAsync, "ListLipsyncs", l => l.Id, options, cancellationToken);

    /// <inheritdoc />
    public async Task<VideoCreated> CreateVideoAsync(CreateVideoRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        HeyGenRequestRules.Validate(request);
        var key = HeyGenIdempotencyKey.Resolve(idempotencyKey);
        var call = Call("CreateVideo", RequestSafety.IdempotencyKeyed, HeyGenJsonContext.Default.HeyGenDataVideoCreated);
        return Data(await Read(_api.CreateVideo(request, key, call, cancellationToken), call).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<Video> GetVideoAsync(string videoId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(videoId);
        var call = Call("GetVideo", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenDataVideo);
        return Data(await Read(_api.GetVideo(id, call, cancellationToken), call).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public Task<HeyGenPage<Video>> GetVideosPageAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (limit, token) = PageQuery(options);
        var call = Call("ListVideos", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenPageVideo);
        return Read(_api.ListVideos(limit, token, call, cancellationToken), call);
    }

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

        // A query value, not a path segment: any id is escaped into it, dots included.
        var call = Call("GetLegacyVideoStatus", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenLegacyEnvelopeLegacyVideoStatus);
        var envelope = await Read(_api.GetLegacyVideoStatus(videoId, call, cancellationToken), call).ConfigureAwait(false);
        return envelope.Data ?? throw _connection.InvalidResponse(200, "the legacy status body has no data", null);
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
        // The form is built for the first attempt here and again for each later one by the chain (ContentFactory).
        var content = PerAttempt(media, file => new MultipartFormDataContent { { file, "file", media.FileName } });
        var call = new CallState("UploadAsset", RequestSafety.IdempotencyKeyed)
        {
            ResponseType = HeyGenJsonContext.Default.HeyGenDataHeyGenAsset,
            ContentFactory = content,
        };
        return Data(await Read(_api.UploadAsset(content(), key, call, cancellationToken), call).ConfigureAwait(false));
    }

    internal T Data<T>(HeyGenData<T> envelope) where T : class =>
        envelope.Data ?? throw _connection.InvalidResponse(200, "the body has no data", null);

    /// <summary>The state of one logical call: its 2xx JSON is parsed inside the attempt, so a body that is not it is retried.</summary>
    internal static CallState Call(string operation, RequestSafety safety, JsonTypeInfo responseType) =>
        new(operation, safety) { ResponseType = responseType };

    internal static Task<T> Read<T>(Task<T> call, CallState state) => ApiResults.ReadAsync(call, state, HeyGenErrorCatalog.ProviderName);

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

    // limit and token are left out when unset (Refit omits null query values and escapes the token).
    private static (int? Limit, string? Token) PageQuery(HeyGenListOptions? options)
    {
        if (options?.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(options.Limit));
        }

        return (options?.Limit, string.IsNullOrEmpty(options?.Token) ? null : options.Token);
    }
}
