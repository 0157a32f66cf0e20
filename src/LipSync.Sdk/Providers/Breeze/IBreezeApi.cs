using Refit;

namespace LipSync.Sdk.Providers.Breeze;

/// <summary>
/// Breeze's fixed endpoints as the SDK calls them (provider notes §1), implemented by Refit's source generator over the
/// provider's handler chain; the job reads of its profile go through the shared envelope interface. Answers come back
/// whole, so the envelope client records the rate-limit headers beside the body parsed inside the attempt.
/// </summary>
internal interface IBreezeApi
{
    /// <summary>Always asynchronous delivery: the answer is the generation job, never the audio.</summary>
    [Post("/v1/text-to-speech/{voiceId}?delivery=async")]
    Task<HttpResponseMessage> CreateSpeechJob(
        string voiceId, [Query, AliasAs("output_format")] string? outputFormat, [Body] BreezeSpeechRequest request,
        [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v1/generation-jobs/{id}")]
    Task<HttpResponseMessage> GetGenerationJob(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/v1/voices")]
    Task<HttpResponseMessage> ListVoices(
        [Query, AliasAs("page_size")] int? pageSize, [Query] int? page, [Query, AliasAs("next_page_token")] string? nextPageToken,
        [Query] string? search, [Query] string? category, [Query, AliasAs("voice_type")] string? voiceType, [Query] string? sort,
        [Query, AliasAs("sort_direction")] string? sortDirection, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);
}
