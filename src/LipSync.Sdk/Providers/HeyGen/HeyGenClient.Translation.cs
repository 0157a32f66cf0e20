namespace LipSync.Sdk.Providers.HeyGen;

// Video translation (dubbing): /v3/video-translations (official CLI, gen/video-translate.go).
public sealed partial class HeyGenClient
{
    /// <inheritdoc />
    public async Task<VideoTranslationsCreated> CreateVideoTranslationAsync(
        CreateVideoTranslationRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        HeyGenRequestRules.Validate(request);
        var call = ApiRequest
            .WithJson(HttpMethod.Post, "/v3/video-translations", "CreateVideoTranslation", RequestSafety.IdempotencyKeyed, request,
                HeyGenJsonContext.Default.CreateVideoTranslationRequest)
            .WithHeader(HeyGenIdempotencyKey.HeaderName, HeyGenIdempotencyKey.Resolve(idempotencyKey));
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataVideoTranslationsCreated, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<VideoTranslation> GetVideoTranslationAsync(string videoTranslationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(videoTranslationId);
        var call = ApiRequest.Get("/v3/video-translations/" + PathSegment.Escape(videoTranslationId), "GetVideoTranslation");
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataVideoTranslation, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<VideoTranslationLanguages> GetVideoTranslationLanguagesAsync(CancellationToken cancellationToken = default)
    {
        var call = ApiRequest.Get("/v3/video-translations/languages", "GetVideoTranslationLanguages");
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataVideoTranslationLanguages, cancellationToken).ConfigureAwait(false));
    }
}
