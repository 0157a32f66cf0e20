using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using LipSync.Sdk.Providers.Envelope;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Providers.Breeze;

/// <summary>The native Breeze client, a typed layer over the shared <see cref="EnvelopeClient"/>. Thread-safe.</summary>
public sealed class BreezeClient : IBreezeClient, IEnvelopeNativeClient, IDisposable
{
    private readonly EnvelopeClient _envelope;

    /// <summary>Creates a stand-alone client (without dependency injection).</summary>
    /// <param name="options">The API key (or <c>BREEZE_API_KEY</c>), base address, retry and timeout settings.</param>
    /// <param name="timeProvider">The clock for delays and timeouts; null uses the system clock.</param>
    /// <param name="loggerFactory">Where retries are logged; null logs nothing.</param>
    public BreezeClient(LipSyncProviderOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(new EnvelopeClient(ProviderPipeline.CreateStandalone(BreezeProvider.Definition, options, timeProvider, loggerFactory), BreezeProfile.Create()))
    {
    }

    internal BreezeClient(EnvelopeClient envelope) => _envelope = envelope;

    /// <summary>Releases the connections of a stand-alone client (clients from DI or a factory are released by their owner).</summary>
    public void Dispose() => _envelope.Transport.Dispose();

    EnvelopeClient IEnvelopeNativeClient.Envelope => _envelope;

    /// <inheritdoc />
    public Task<BreezeGenerationJob> CreateSpeechJobAsync(
        string voiceId, BreezeSpeechRequest request, string? outputFormat = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voiceId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Text, nameof(request.Text));
        var path = $"/v1/text-to-speech/{PathSegment.Escape(voiceId)}?delivery=async"
            + (string.IsNullOrWhiteSpace(outputFormat) ? string.Empty : "&output_format=" + Uri.EscapeDataString(outputFormat));

        // "Async delivery does not bypass concurrent generation limits" and identical inputs are re-billed: no blind retries.
        var call = ApiRequest.WithJson(HttpMethod.Post, path, "CreateSpeechJob", RequestSafety.NotIdempotent, request, BreezeJsonContext.Default.BreezeSpeechRequest);
        return _envelope.SendAsync(call, BreezeJsonContext.Default.BreezeGenerationJob, cancellationToken);
    }

    /// <inheritdoc />
    public Task<BreezeGenerationJob> GetGenerationJobAsync(string generationJobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(generationJobId);
        return _envelope.SendAsync(
            ApiRequest.Get("/v1/generation-jobs/" + PathSegment.Escape(generationJobId), "GetGenerationJob"),
            BreezeJsonContext.Default.BreezeGenerationJob, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> DownloadAudioAsync(string historyItemId, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(historyItemId);
        return _envelope.DownloadAsync(
            ApiRequest.Combine(_envelope.Transport.Settings.BaseAddress, $"/v1/history/{PathSegment.Escape(historyItemId)}/audio"),
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
    public Task<BreezeVoicePage> GetVoicesPageAsync(BreezeVoiceQuery? query = null, CancellationToken cancellationToken = default) =>
        _envelope.SendAsync(ApiRequest.Get(VoicesQuery(query), "ListVoices"), BreezeJsonContext.Default.BreezeVoicePage, cancellationToken);

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

    private static string VoicesQuery(BreezeVoiceQuery? query)
    {
        var text = new StringBuilder("/v1/voices");
        var separator = '?';
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                text.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }

        if (query?.PageSize is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(query.PageSize));
            Add("page_size", size.ToString(CultureInfo.InvariantCulture));
        }

        Add("page", query?.Page?.ToString(CultureInfo.InvariantCulture));
        Add("next_page_token", query?.PageToken);
        Add("search", query?.Search);
        Add("category", query?.Category);
        Add("voice_type", query?.VoiceType);
        Add("sort", query?.Sort);
        Add("sort_direction", query?.SortDirection);
        return text.ToString();
    }
}
