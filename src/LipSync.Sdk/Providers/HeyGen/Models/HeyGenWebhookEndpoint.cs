using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// The body of <c>POST /v3/webhooks/endpoints</c> (HeyGen's official CLI, <c>gen/webhook.go</c> "Create Webhook
/// Endpoint"; developers.heygen.com/docs/webhooks).
/// </summary>
public sealed class CreateWebhookEndpointRequest
{
    /// <summary>The publicly accessible HTTPS URL that receives the deliveries (<c>url</c>, required).</summary>
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    /// <summary>
    /// The event types to subscribe to (<c>events</c>), such as <c>avatar_video.success</c> or <c>video_translate.fail</c>
    /// (<see cref="IHeyGenClient.GetWebhookEventTypesAsync"/> lists them); null subscribes to every event.
    /// </summary>
    [JsonPropertyName("events")]
    public List<string>? Events { get; set; }

    /// <summary>Scopes the endpoint to one resource, such as a personalized video project (<c>entity_id</c>).</summary>
    [JsonPropertyName("entity_id")]
    public string? EntityId { get; set; }
}

/// <summary>A registered webhook endpoint: the <c>data</c> of <c>POST /v3/webhooks/endpoints</c> and an item of the list.</summary>
public sealed class HeyGenWebhookEndpoint
{
    /// <summary><c>endpoint_id</c>.</summary>
    [JsonPropertyName("endpoint_id")]
    public string EndpointId { get; set; } = string.Empty;

    /// <summary><c>url</c>: where deliveries go.</summary>
    [JsonPropertyName("url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Url { get; set; }

    /// <summary><c>events</c>: the subscribed event types; null means every event.</summary>
    [JsonPropertyName("events")]
    public List<string>? Events { get; set; }

    /// <summary><c>status</c>: <c>enabled</c> or <c>disabled</c>.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    /// <summary><c>created_at</c> (ISO 8601 text, as sent).</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CreatedAt { get; set; }

    /// <summary>
    /// <c>secret</c>: the signing secret (<c>whsec_…</c>), returned only when the endpoint is created (null in lists).
    /// Pass it to <see cref="HeyGenWebhookVerifier"/>; it is never printed by <see cref="ToString"/>.
    /// </summary>
    [JsonPropertyName("secret")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Secret { get; set; }

    /// <summary>The identifying fields; the secret is left out.</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(HeyGenWebhookEndpoint), ("EndpointId", EndpointId), ("Status", Status), ("Url", ModelText.Url(Url)),
            ("Events", Events is null ? null : string.Join(",", Events)));
}

/// <summary>The <c>data</c> of <c>POST /v3/webhooks/endpoints/{id}/rotate-secret</c>: the new secret (the old one stops working at once).</summary>
public sealed class HeyGenWebhookSecretRotated
{
    /// <summary><c>endpoint_id</c>.</summary>
    [JsonPropertyName("endpoint_id")]
    public string EndpointId { get; set; } = string.Empty;

    /// <summary><c>secret</c>: the new signing secret; HeyGen shows it only in this response. Never printed by <see cref="ToString"/>.</summary>
    [JsonPropertyName("secret")]
    public string Secret { get; set; } = string.Empty;

    /// <summary>The endpoint id; the secret is left out.</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() => ModelText.Describe(nameof(HeyGenWebhookSecretRotated), ("EndpointId", EndpointId));
}

/// <summary>An item of <c>GET /v3/webhooks/event-types</c>.</summary>
public sealed class HeyGenWebhookEventType
{
    /// <summary><c>event_type</c>, such as <c>avatar_video.success</c>.</summary>
    [JsonPropertyName("event_type")]
    public string EventType { get; set; } = string.Empty;

    /// <summary><c>description</c>: when the event fires.</summary>
    [JsonPropertyName("description")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Description { get; set; }
}
