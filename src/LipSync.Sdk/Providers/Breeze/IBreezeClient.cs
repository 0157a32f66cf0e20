namespace LipSync.Sdk.Providers.Breeze;

/// <summary>
/// The native Breeze (Breeze Blue TTS) API through the SDK's envelope connection: async speech jobs, job status,
/// streamed audio download and the voice list. Errors are classified by <see cref="BreezeErrorCatalog"/>, including
/// <c>ok: false</c> bodies under HTTP 200.
/// </summary>
public interface IBreezeClient
{
    /// <summary>
    /// <c>POST /v1/text-to-speech/{voice_id}?delivery=async</c>: starts a background speech job. Not retried on 5xx
    /// (Breeze re-bills identical inputs and has no idempotency key); retried on 429, which proves nothing ran.
    /// </summary>
    /// <param name="voiceId">The voice.</param>
    /// <param name="request">The text and settings.</param>
    /// <param name="outputFormat">mp3 (Breeze's default), wav, flac, pcm, aac or opus; null leaves the default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job, normally <c>active</c>.</returns>
    /// <exception cref="LipSyncException">Breeze rejected the request or could not be reached.</exception>
    Task<BreezeGenerationJob> CreateSpeechJobAsync(string voiceId, BreezeSpeechRequest request, string? outputFormat = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/generation-jobs/{id}</c>: reads a job. A failed job is returned, not thrown.</summary>
    /// <param name="generationJobId">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="LipSyncException"><c>RESOURCE_NOT_FOUND</c>, or Breeze could not be reached.</exception>
    Task<BreezeGenerationJob> GetGenerationJobAsync(string generationJobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /v1/history/{id}/audio</c>: streams the audio into <paramref name="destination"/> without buffering it.
    /// While the job is still active Breeze answers 425 <c>GENERATION_NOT_READY</c> with Retry-After, which is waited
    /// out (up to <see cref="LipSyncRetryOptions.MaxRetryAfter"/> per retry).
    /// </summary>
    /// <param name="historyItemId">The history item (an async job's id).</param>
    /// <param name="destination">Where the audio goes; a seekable stream is rewound if a retry restarts the download.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="LipSyncException">The job failed (<c>GENERATION_FAILED</c>), does not exist, or is still not ready after the retries.</exception>
    Task<long> DownloadAudioAsync(string historyItemId, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="DownloadAudioAsync"/>, into a file (created or overwritten).</summary>
    /// <param name="historyItemId">The history item.</param>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    Task<long> DownloadAudioToFileAsync(string historyItemId, string path, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/voices</c>: one page of voices.</summary>
    /// <param name="query">Filters and paging; null reads the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<BreezeVoicePage> GetVoicesPageAsync(BreezeVoiceQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /v1/voices</c>, all pages: follows <c>next_page_token</c> when Breeze sends one, otherwise the page number
    /// while <c>has_more</c> is true.
    /// </summary>
    /// <param name="query">Filters and page size.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The voices.</returns>
    IAsyncEnumerable<BreezeVoice> ListVoicesAsync(BreezeVoiceQuery? query = null, CancellationToken cancellationToken = default);
}
