using System.Globalization;
using System.Runtime.CompilerServices;
using LipSync.Sdk.Providers.Envelope;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Providers.Breeze;

/// <summary>The native Breeze client, a typed layer over the shared <see cref="EnvelopeClient"/>. Thread-safe.</summary>
public sealed class BreezeClient : IBreezeClient, IEnvelopeNativeClient, IDisposable
{
    /// <summary>Refit over <see cref="BreezeJsonContext"/>: bodies written without reflection.</summary>
    private static readonly Refit.RefitSettings RefitSettings = ParsedContentSerializer.Settings(BreezeJsonContext.Default.Options);

    private readonly EnvelopeClient _envelope;
    private readonly IBreezeApi _api;

    /// <summary>Creates a stand-alone client (without dependency injection).</summary>
    /// <param name="options">The API key (or <c>BREEZE_API_KEY</c>), base address, retry and timeout settings.</param>
    /// <param name="timeProvider">The clock for delays and timeouts; null uses the system clock.</param>
    /// <param name="loggerFactory">Where retries are logged; null logs nothing.</param>
    public BreezeClient(LipSyncProviderOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(new EnvelopeClient(ProviderPipeline.CreateStandalone(BreezeProvider.Definition, options, timeProvider, loggerFactory), BreezeProfile.Create()))
    {
    }

    internal BreezeClient(EnvelopeClient envelope)
    {
        _envelope = envelope;
        _api = Refit.RestService.ForGenerated<IBreezeApi>(envelope.Connection.Http, RefitSettings);
    }

    /// <summary>Releases the connections of a stand-alone client (clients from DI or a factory are released by their owner).</summary>
    public void Dispose() => _envelope.Connection.Dispose();

    EnvelopeClient IEnvelopeNativeClient.Envelope => _envelope;

    /// <inheritdoc />
    public Task<BreezeGenerationJob> CreateSpeechJobAsync(
        string voiceId, BreezeSpeechRequest request, string? outputFormat = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voiceId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Text, nameof(request.Text));
        var id = PathSegment.Id(voiceId);

        // "Async delivery does not bypass concurrent generation limits" and identical inputs are re-billed: no blind retries.
        var call = EnvelopeClient.Call("CreateSpeechJob", RequestSafety.NotIdempotent, BreezeJsonContext.Default.BreezeGenerationJob);
        return _envelope.ReadAsync(
            _api.CreateSpeechJob(id, string.IsNullOrWhiteSpace(outputFormat) ? null : outputFormat, request, call, cancellationToken),
            call, BreezeJsonContext.Default.BreezeGenerationJob, cancellationToken);
    }

    /// <inheritdoc />
    public Task<BreezeGenerationJob> GetGenerationJobAsync(string generationJobId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(generationJobId);
        var call = EnvelopeClient.Call("GetGenerationJob", RequestSafety.Idempotent, BreezeJsonContext.Default.BreezeGenerationJob);
        return _envelope.ReadAsync(_api.GetGenerationJob(id, call, cancellationToken), call, BreezeJsonContext.Default.BreezeGenerationJob, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> DownloadAudioAsync(string historyItemId, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(historyItemId);
        return _envelope.DownloadAsync(
            EnvelopeUrl.ToUri(_envelope.Connection.Settings.BaseAddress, $"/v1/history/{PathSegment.Escape(historyItemId)}/audio"),
            refresh: null, destination, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> DownloadAudioToFileAsync(string historyItemId, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        return await DownloadAudioAsync(historyItemId, file, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<BreezeVoicePage> GetVoicesPageAsync(BreezeVoiceQuery? query = null, CancellationToken cancellationToken = default)
    {
        if (query?.PageSize is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(query.PageSize));
        }

        // Empty values are left out, as Refit leaves out nulls.
        var call = EnvelopeClient.Call("ListVoices", RequestSafety.Idempotent, BreezeJsonContext.Default.BreezeVoicePage);
        var send = _api.ListVoices(
            query?.PageSize, query?.Page, NullIfEmpty(query?.PageToken), NullIfEmpty(query?.Search), NullIfEmpty(query?.Category),
            NullIfEmpty(query?.VoiceType), NullIfEmpty(query?.Sort), NullIfEmpty(query?.SortDirection), call, cancellationToken);
        return _envelope.ReadAsync(send, call, BreezeJsonContext.Default.BreezeVoicePage, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<BreezeVoice> ListVoicesAsync(BreezeVoiceQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = query?.Clone() ?? new BreezeVoiceQuery();
        var progress = new PageProgress<BreezeVoice>(BreezeErrorCatalog.ProviderName, "ListVoices", v => v.VoiceId, page.PageToken);
        while (true)
        {
            var result = await GetVoicesPageAsync(page, cancellationToken).ConfigureAwait(false);
            foreach (var voice in result.Voices)
            {
                yield return voice;
            }

            // Breeze mixes paging styles (provider notes §1.8): prefer the token, else the page number with has_more.
            if (!string.IsNullOrEmpty(result.NextPageToken))
            {
                progress.Advance(result.Voices, result.NextPageToken);
                page.PageToken = result.NextPageToken;
                page.Page = null;
            }
            else if (result.HasMore && result.Voices.Count > 0)
            {
                progress.Advance(result.Voices, "page " + ((page.Page ?? 1) + 1).ToString(CultureInfo.InvariantCulture));
                page.PageToken = null;
                page.Page = (page.Page ?? 1) + 1;
            }
            else
            {
                yield break;
            }
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
