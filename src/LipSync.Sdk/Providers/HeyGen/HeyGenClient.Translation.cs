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
        var key = HeyGenIdempotencyKey.Resolve(idempotencyKey);
        var call = Call("CreateVideoTranslation", RequestSafety.IdempotencyKeyed, HeyGenJsonContext.Default.HeyGenDataVideoTranslationsCreated);
        return Data(await Read(_api.CreateVideoTranslation(request, key, call, cancellationToken), call).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<VideoTranslation> GetVideoTranslationAsync(string videoTranslationId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(videoTranslationId);
        var call = Call("GetVideoTranslation", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenDataVideoTranslation);
        return Data(await Read(_api.GetVideoTranslation(id, call, cancellationToken), call).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<VideoTranslationLanguages> GetVideoTranslationLanguagesAsync(CancellationToken cancellationToken = default)
    {
        var call = Call("GetVideoTranslationLanguages", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenDataVideoTranslationLanguages);
        return Data(await Read(_api.GetVideoTranslationLanguages(call, cancellationToken), call).ConfigureAwait(false));
    }
}
