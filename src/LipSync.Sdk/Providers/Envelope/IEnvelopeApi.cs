using System.Text.Json.Nodes;
using Refit;

namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// The wire surface every envelope API shares, implemented by Refit's source generator over the provider's handler
/// chain. Envelope paths are data (a profile's <see cref="EnvelopeJobLayout.PathTemplate"/>, the paths a caller passes to
/// <see cref="IEnvelopeClient"/>), so each call takes its full URL, built by <see cref="EnvelopeUrl"/>: Refit sends a
/// <c>[Url]</c> as given, so escapes, <c>?</c> and query strings reach the wire exactly as written, never escaped twice.
/// Answers come back whole (<see cref="HttpResponseMessage"/>): the caller reads the rate-limit headers beside the body
/// (already parsed inside the attempt, see <see cref="CallState.ResponseType"/>). A body is any JSON the caller chose,
/// so it comes serialized (<see cref="JsonNode"/>'s runtime types are not in the source-generated context).
/// </summary>
internal interface IEnvelopeApi
{
    [Get("")]
    Task<HttpResponseMessage> Get([Url] string url, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("")]
    Task<HttpResponseMessage> Post([Url] string url, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Post("")]
    Task<HttpResponseMessage> Post(
        [Url] string url, [Body] HttpContent body, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Put("")]
    Task<HttpResponseMessage> Put([Url] string url, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Put("")]
    Task<HttpResponseMessage> Put(
        [Url] string url, [Body] HttpContent body, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Patch("")]
    Task<HttpResponseMessage> Patch([Url] string url, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Patch("")]
    Task<HttpResponseMessage> Patch(
        [Url] string url, [Body] HttpContent body, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Delete("")]
    Task<HttpResponseMessage> Delete([Url] string url, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);

    [Delete("")]
    Task<HttpResponseMessage> Delete(
        [Url] string url, [Body] HttpContent body, [Property(CallState.PropertyName)] CallState call, CancellationToken cancellationToken);
}
