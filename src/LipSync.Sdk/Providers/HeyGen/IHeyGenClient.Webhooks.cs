namespace LipSync.Sdk.Providers.HeyGen;

public partial interface IHeyGenClient
{
    /// <summary>
    /// <c>POST /v3/webhooks/endpoints</c>: registers an https URL for webhook deliveries (official CLI,
    /// <c>gen/webhook.go</c>; developers.heygen.com/docs/webhooks). The answer carries the signing secret, which HeyGen
    /// shows only here and on rotation: keep it for <see cref="HeyGenWebhookVerifier"/>.
    /// </summary>
    /// <param name="request">The URL, the events (null: all) and an optional entity scope.</param>
    /// <param name="idempotencyKey">1–255 characters of <c>[A-Za-z0-9_:.-]</c>; null generates one for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint, with <see cref="HeyGenWebhookEndpoint.Secret"/> set.</returns>
    /// <exception cref="LipSyncException">HeyGen rejected the request or could not be reached.</exception>
    Task<HeyGenWebhookEndpoint> CreateWebhookEndpointAsync(
        CreateWebhookEndpointRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/webhooks/endpoints?limit=&amp;token=</c>: one page of registered endpoints (secrets are null here).</summary>
    /// <param name="options">Page size (1–100, HeyGen's default 10) and continuation token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<HeyGenPage<HeyGenWebhookEndpoint>> GetWebhookEndpointsPageAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/webhooks/endpoints</c>, all pages: follows <c>next_token</c> while <c>has_more</c> is true.</summary>
    /// <param name="options">Page size and where to start.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The endpoints.</returns>
    IAsyncEnumerable<HeyGenWebhookEndpoint> ListWebhookEndpointsAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v3/webhooks/endpoints/{id}</c>: removes an endpoint for good; nothing more is delivered to it.</summary>
    /// <param name="endpointId">The endpoint id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once HeyGen confirmed the deletion.</returns>
    /// <exception cref="LipSyncException">Not found, or HeyGen could not be reached.</exception>
    Task DeleteWebhookEndpointAsync(string endpointId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /v3/webhooks/endpoints/{id}/rotate-secret</c>: issues a new signing secret and invalidates the old one at
    /// once. Keyed with an <c>Idempotency-Key</c>, so a retried rotation replays the secret already issued instead of
    /// rotating twice.
    /// </summary>
    /// <param name="endpointId">The endpoint id.</param>
    /// <param name="idempotencyKey">1–255 characters of <c>[A-Za-z0-9_:.-]</c>; null generates one for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new secret.</returns>
    /// <exception cref="LipSyncException">Not found, or HeyGen could not be reached.</exception>
    Task<HeyGenWebhookSecretRotated> RotateWebhookSecretAsync(string endpointId, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/webhooks/event-types</c>: every event type an endpoint can subscribe to, with its description.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The event types (one page, as HeyGen answers it).</returns>
    Task<HeyGenPage<HeyGenWebhookEventType>> GetWebhookEventTypesAsync(CancellationToken cancellationToken = default);
}
