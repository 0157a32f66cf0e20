namespace LipSync.Sdk.Providers.HeyGen;

public partial interface IHeyGenClient
{
    /// <summary>
    /// <c>POST /v3/video-translations</c>: translates (dubs) a video into one or more languages with voice cloning and
    /// lip-sync (official CLI, <c>gen/video-translate.go</c> "Create Video Translation"). Carries an
    /// <c>Idempotency-Key</c>, reused on every retry, so a retried create never starts a second paid translation.
    /// </summary>
    /// <param name="request">The video, the target languages and options.</param>
    /// <param name="idempotencyKey">1–255 characters of <c>[A-Za-z0-9_:.-]</c>; null generates one for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One translation id per target language.</returns>
    /// <exception cref="LipSyncException">HeyGen rejected the request or could not be reached.</exception>
    Task<VideoTranslationsCreated> CreateVideoTranslationAsync(
        CreateVideoTranslationRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/video-translations/{id}</c>: reads one translation (one target language).</summary>
    /// <param name="videoTranslationId">An id from <see cref="VideoTranslationsCreated.VideoTranslationIds"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The translation. A failed one is returned, not thrown: check <see cref="VideoTranslation.Status"/>.</returns>
    /// <exception cref="LipSyncException">Not found, or HeyGen could not be reached.</exception>
    Task<VideoTranslation> GetVideoTranslationAsync(string videoTranslationId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/video-translations/languages</c>: the target language names HeyGen supports.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The languages.</returns>
    /// <exception cref="LipSyncException">HeyGen could not be reached or refused the call.</exception>
    Task<VideoTranslationLanguages> GetVideoTranslationLanguagesAsync(CancellationToken cancellationToken = default);
}
