using Refit;

namespace LipSync.Sdk.Providers.AudioSpliter;

/// <summary>
/// AudioSpliter's fixed endpoints as the SDK calls them (provider notes §2), implemented by Refit's source generator over
/// the provider's handler chain. Answers come back whole, so the envelope client records the rate-limit headers
/// AudioSpliter sends on every response beside the body parsed inside the attempt.
/// </summary>
internal interface IAudioSpliterApi
{
    [Post("/splits")]
    Task<HttpResponseMessage> CreateSplit(
        [Body] CreateSplitRequest request, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Get("/splits/{id}")]
    Task<HttpResponseMessage> GetSplit(string id, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);
}
