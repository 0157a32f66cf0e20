using LipSync.Sdk;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Providers.Sync;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps webhook receivers that verify the provider's signature over the raw body before any code sees the event.</summary>
public static class WebhookEndpointRouteBuilderExtensions
{
    /// <summary>The largest webhook body read (1 MiB); larger deliveries are answered 413 unread.</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>
    /// Maps <c>POST {pattern}</c> for Sync webhooks: verifies <c>Sync-Signature</c>, answers 400 when verification or
    /// parsing fails (as Sync's samples do), otherwise calls <paramref name="handler"/> and answers 200. Poll the job
    /// as a fallback: Sync documents no redelivery.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/webhooks/sync</c>.</param>
    /// <param name="verifier">The verifier holding the organization's webhook secret.</param>
    /// <param name="handler">Receives each authentic event.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointConventionBuilder MapSyncWebhook(
        this IEndpointRouteBuilder endpoints, string pattern, SyncWebhookVerifier verifier, Func<SyncWebhookEvent, HttpContext, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        return endpoints.MapVerifiedWebhook(pattern, (body, headers) => verifier.VerifyAndParse(body, First(headers, SyncWebhookVerifier.SignatureHeader)), handler);
    }

    /// <summary>
    /// Maps <c>POST {pattern}</c> for HeyGen webhooks: verifies <c>Heygen-Signature</c> over the raw body (and its
    /// timestamp window), answers 400 when verification or parsing fails, otherwise calls <paramref name="handler"/>
    /// and answers 200. <see cref="HeyGenWebhookEvent.ToJob"/> turns a success or failure event into a neutral job.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/webhooks/heygen</c>.</param>
    /// <param name="verifier">The verifier holding the endpoint's secret.</param>
    /// <param name="handler">Receives each authentic event.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointConventionBuilder MapHeyGenWebhook(
        this IEndpointRouteBuilder endpoints, string pattern, HeyGenWebhookVerifier verifier, Func<HeyGenWebhookEvent, HttpContext, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        return endpoints.MapVerifiedWebhook(pattern, (body, headers) => verifier.VerifyAndParse(body, headers), handler);
    }

    /// <summary>
    /// Maps <c>POST {pattern}</c> for AudioSpliter webhooks: verifies the signature headers over the raw body, answers
    /// 400 when verification or parsing fails, otherwise calls <paramref name="handler"/> and answers 200.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/webhooks/audiospliter</c>.</param>
    /// <param name="verifier">The verifier holding the webhook secret.</param>
    /// <param name="handler">Receives each authentic event.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointConventionBuilder MapAudioSpliterWebhook(
        this IEndpointRouteBuilder endpoints, string pattern, AudioSpliterWebhookVerifier verifier, Func<AudioSpliterWebhookEvent, HttpContext, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        return endpoints.MapVerifiedWebhook(pattern, (body, headers) => verifier.VerifyAndParse(body, headers), handler);
    }

    /// <summary>
    /// Maps <c>POST {pattern}</c> for any provider: reads the raw body (at most <see cref="MaxBodyBytes"/>), lets
    /// <paramref name="verifyAndParse"/> check and parse it (throwing <see cref="LipSyncException"/> to reject: 400),
    /// then calls <paramref name="handler"/> and answers 200.
    /// </summary>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route.</param>
    /// <param name="verifyAndParse">Verifies the raw body against the request headers and parses it.</param>
    /// <param name="handler">Receives each authentic event.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointConventionBuilder MapVerifiedWebhook<TEvent>(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<byte[], IEnumerable<KeyValuePair<string, IEnumerable<string>>>, TEvent> verifyAndParse,
        Func<TEvent, HttpContext, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentNullException.ThrowIfNull(verifyAndParse);
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapPost(pattern, async context =>
        {
            var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            TEvent received;
            try
            {
                var headers = context.Request.Headers.Select(h => KeyValuePair.Create(h.Key, (IEnumerable<string>)h.Value.Select(v => v ?? string.Empty)));
                received = verifyAndParse(body, headers);
            }
            catch (LipSyncException)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await handler(received, context).ConfigureAwait(false);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
            }
        });
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? First(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
