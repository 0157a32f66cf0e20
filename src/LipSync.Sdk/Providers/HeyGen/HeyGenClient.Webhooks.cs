namespace LipSync.Sdk.Providers.HeyGen;

// Webhook endpoint management: /v3/webhooks (official CLI, gen/webhook.go; developers.heygen.com/docs/webhooks).
public sealed partial class HeyGenClient
{
    /// <inheritdoc />
    public async Task<HeyGenWebhookEndpoint> CreateWebhookEndpointAsync(
        CreateWebhookEndpointRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        HeyGenRequestRules.Validate(request);

        // Keyed like every v3 mutation: a retry after a lost answer replays it (and its secret) instead of adding a twin.
        var call = ApiRequest
            .WithJson(HttpMethod.Post, "/v3/webhooks/endpoints", "CreateWebhookEndpoint", RequestSafety.IdempotencyKeyed, request,
                HeyGenJsonContext.Default.CreateWebhookEndpointRequest)
            .WithHeader(HeyGenIdempotencyKey.HeaderName, HeyGenIdempotencyKey.Resolve(idempotencyKey));
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataHeyGenWebhookEndpoint, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public Task<HeyGenPage<HeyGenWebhookEndpoint>> GetWebhookEndpointsPageAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(
            ApiRequest.Get(ListQuery("/v3/webhooks/endpoints", options), "ListWebhookEndpoints"), HeyGenJsonContext.Default.HeyGenPageHeyGenWebhookEndpoint, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<HeyGenWebhookEndpoint> ListWebhookEndpointsAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default) =>
        AllPages(GetWebhookEndpointsPageAsync, "ListWebhookEndpoints", e => e.EndpointId, options, cancellationToken);

    /// <inheritdoc />
    public async Task DeleteWebhookEndpointAsync(string endpointId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointId);

        // A repeated DELETE changes nothing more, so it is retried like a read; the answer's data is an empty object.
        var call = new ApiRequest(HttpMethod.Delete, "/v3/webhooks/endpoints/" + PathSegment.Escape(endpointId), "DeleteWebhookEndpoint", RequestSafety.Idempotent);
        await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataJsonElement, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<HeyGenWebhookSecretRotated> RotateWebhookSecretAsync(string endpointId, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointId);

        // Not naturally idempotent (each rotation invalidates the previous secret), so it is keyed: HeyGen documents
        // Idempotency-Key on this endpoint, and a retry after a lost answer replays the secret it already issued.
        var call = new ApiRequest(
                HttpMethod.Post, "/v3/webhooks/endpoints/" + PathSegment.Escape(endpointId) + "/rotate-secret", "RotateWebhookSecret", RequestSafety.IdempotencyKeyed)
            .WithHeader(HeyGenIdempotencyKey.HeaderName, HeyGenIdempotencyKey.Resolve(idempotencyKey));
        return Data(await _transport.SendAsync(call, HeyGenJsonContext.Default.HeyGenDataHeyGenWebhookSecretRotated, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public Task<HeyGenPage<HeyGenWebhookEventType>> GetWebhookEventTypesAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(ApiRequest.Get("/v3/webhooks/event-types", "ListWebhookEventTypes"), HeyGenJsonContext.Default.HeyGenPageHeyGenWebhookEventType, cancellationToken);
}
