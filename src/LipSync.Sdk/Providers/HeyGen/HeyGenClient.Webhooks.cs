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
        var key = HeyGenIdempotencyKey.Resolve(idempotencyKey);
        var call = Call("CreateWebhookEndpoint", RequestSafety.IdempotencyKeyed, HeyGenJsonContext.Default.HeyGenDataHeyGenWebhookEndpoint);
        return Data(await Read(_api.CreateWebhookEndpoint(request, key, call, cancellationToken), call).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public Task<HeyGenPage<HeyGenWebhookEndpoint>> GetWebhookEndpointsPageAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (limit, token) = PageQuery(options);
        var call = Call("ListWebhookEndpoints", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenPageHeyGenWebhookEndpoint);
        return Read(_api.ListWebhookEndpoints(limit, token, call, cancellationToken), call);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<HeyGenWebhookEndpoint> ListWebhookEndpointsAsync(HeyGenListOptions? options = null, CancellationToken cancellationToken = default) =>
        AllPages(GetWebhookEndpointsPageAsync, "ListWebhookEndpoints", e => e.EndpointId, options, cancellationToken);

    /// <inheritdoc />
    public async Task DeleteWebhookEndpointAsync(string endpointId, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(endpointId);

        // A repeated DELETE changes nothing more, so it is retried like a read; the answer's data is an empty object.
        var call = Call("DeleteWebhookEndpoint", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenDataJsonElement);
        await Read(_api.DeleteWebhookEndpoint(id, call, cancellationToken), call).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<HeyGenWebhookSecretRotated> RotateWebhookSecretAsync(string endpointId, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        var id = PathSegment.Id(endpointId);

        // Not naturally idempotent (each rotation invalidates the previous secret), so it is keyed: HeyGen documents
        // Idempotency-Key on this endpoint, and a retry after a lost answer replays the secret it already issued.
        var key = HeyGenIdempotencyKey.Resolve(idempotencyKey);
        var call = Call("RotateWebhookSecret", RequestSafety.IdempotencyKeyed, HeyGenJsonContext.Default.HeyGenDataHeyGenWebhookSecretRotated);
        return Data(await Read(_api.RotateWebhookSecret(id, key, call, cancellationToken), call).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public Task<HeyGenPage<HeyGenWebhookEventType>> GetWebhookEventTypesAsync(CancellationToken cancellationToken = default)
    {
        var call = Call("ListWebhookEventTypes", RequestSafety.Idempotent, HeyGenJsonContext.Default.HeyGenPageHeyGenWebhookEventType);
        return Read(_api.ListWebhookEventTypes(call, cancellationToken), call);
    }
}
