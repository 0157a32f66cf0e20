using LipSync.Sdk;
using LipSync.Sdk.ScaleOut;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps webhook receivers that feed the scale-out job-update bus (webhook fan-in).</summary>
public static class JobUpdateWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> for one provider's webhooks on any instance: verifies the signature over the raw body
    /// (400 when it fails), drops redeliveries by event id and publishes the job update through
    /// <paramref name="fanIn"/>, so <c>WaitForCompletionAsync</c>/<c>WatchAsync</c> on every instance wake. Answers 200
    /// for published, duplicate and ignored deliveries alike, so the provider stops redelivering.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/webhooks/sync</c>.</param>
    /// <param name="reader">The provider's reader, holding its webhook secret.</param>
    /// <param name="fanIn">The fan-in over the shared job-update bus.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointConventionBuilder MapJobUpdateWebhook(
        this IEndpointRouteBuilder endpoints, string pattern, JobWebhookReader reader, JobWebhookFanIn fanIn)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fanIn);
        return endpoints.MapVerifiedWebhook(
            pattern,
            (body, headers) => (Body: body, Update: reader.Read(body, headers)),
            async (received, context) =>
            {
                if (received.Update is { } update)
                {
                    await fanIn.PublishAsync(update, context.RequestAborted).ConfigureAwait(false);
                }
            });
    }
}
