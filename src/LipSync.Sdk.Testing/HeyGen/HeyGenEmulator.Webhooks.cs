using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// /v3/webhooks: endpoints add, list, delete, rotate-secret, and event types (HeyGen's official CLI, gen/webhook.go;
// developers.heygen.com/docs/webhooks and /docs/webhook-events). Creates and rotations honour Idempotency-Key.
public sealed partial class HeyGenEmulator
{
    // The event enum of the OpenAPI schema (gen/webhook.go), with the descriptions of the webhook-events page where it has one.
    private static readonly (string EventType, string Description)[] WebhookEventTypes =
    [
        ("avatar_video.success", "Avatar video completed successfully."),
        ("avatar_video.fail", "Avatar video generation failed."),
        ("avatar_video_gif.success", "Avatar video GIF generation completed."),
        ("avatar_video_gif.fail", "Avatar video GIF generation failed."),
        ("avatar_video_caption.success", "Avatar video caption generation completed."),
        ("avatar_video_caption.fail", "Avatar video caption generation failed."),
        ("video_translate.success", "Video translation completed."),
        ("video_translate.fail", "Video translation failed."),
        ("video_translate.preflight.validation_failed", "Video translation preflight validation failed."),
        ("video_translate.preflight.download_failed", "Video translation preflight download failed."),
        ("personalized_video", "Personalized video event."),
        ("instant_avatar.success", "Instant avatar creation completed."),
        ("instant_avatar.fail", "Instant avatar creation failed."),
        ("photo_avatar_generation.success", "Photo avatar generation completed."),
        ("photo_avatar_generation.fail", "Photo avatar generation failed."),
        ("photo_avatar_train.success", "Photo avatar training completed."),
        ("photo_avatar_train.fail", "Photo avatar training failed."),
        ("photo_avatar_add_motion.success", "Photo avatar motion addition completed."),
        ("photo_avatar_add_motion.fail", "Photo avatar motion addition failed."),
        ("proofread_creation.success", "Proofread creation completed."),
        ("proofread_creation.fail", "Proofread creation failed."),
        ("live_avatar.success", "Live avatar session completed."),
        ("live_avatar.fail", "Live avatar session failed."),
        ("video_agent.success", "Video Agent session completed."),
        ("video_agent.fail", "Video Agent session failed."),
        ("hyperframes_video.success", "HyperFrames video completed."),
        ("hyperframes_video.fail", "HyperFrames video failed."),
        ("ai_clipping.success", "AI clipping completed."),
        ("ai_clipping.fail", "AI clipping failed."),
        ("batch.finished", "Every item of a batch reached a terminal state."),
    ];

    private readonly HeyGenWebhookEndpointStore _webhookEndpoints;

    /// <summary>A snapshot of the registered webhook endpoints, oldest first (with their current secrets).</summary>
    public IReadOnlyList<HeyGenEmulatorWebhookEndpoint> WebhookEndpoints => _webhookEndpoints.All();

    private HeyGenWebhookEndpointStore Endpoints => _webhookEndpoints;

    private async Task HandleCreateWebhookEndpointAsync(HttpContext context)
    {
        var (key, request) = await ReadCreateAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return;
        }

        if (!Uri.TryCreate(Text(request, "url"), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", "url must be a publicly accessible HTTPS URL", "url").ConfigureAwait(false);
            return;
        }

        List<string>? events = null;
        if (request["events"] is JsonArray array)
        {
            events = [];
            foreach (var item in array)
            {
                if (item is not JsonValue value || value.GetValueKind() != JsonValueKind.String
                    || !WebhookEventTypes.Any(t => t.EventType == value.GetValue<string>()))
                {
                    await WriteV3ErrorAsync(context, 400, "invalid_parameter", $"unknown event type: {item?.ToJsonString()}", "events").ConfigureAwait(false);
                    return;
                }

                events.Add(value.GetValue<string>());
            }
        }
        else if (request["events"] is not null)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", "events must be an array of event types or null", "events").ConfigureAwait(false);
            return;
        }

        var (status, body, replayed) = _store.Idempotent("POST /v3/webhooks/endpoints", key, request, () =>
        {
            var endpoint = Endpoints.Add(url.AbsoluteUri, events, Text(request, "entity_id"));
            return (200, new JsonObject { ["data"] = RenderEndpoint(endpoint, withSecret: true) });
        });
        await WriteCreatedAsync(context, status, body, replayed).ConfigureAwait(false);
    }

    private async Task HandleListWebhookEndpointsAsync(HttpContext context)
    {
        if (ReadLimit(context) is not { } limit)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", "limit must be an integer between 1 and 100", "limit").ConfigureAwait(false);
            return;
        }

        var token = context.Request.Query["token"].ToString();
        if (Endpoints.Page(limit, token.Length == 0 ? null : token) is not { } page)
        {
            await WriteV3ErrorAsync(context, 400, "invalid_parameter", "token is not valid", "token").ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, 200, new JsonObject
        {
            ["data"] = new JsonArray(page.Items.Select(e => (JsonNode?)RenderEndpoint(e, withSecret: false)).ToArray()),
            ["has_more"] = page.NextToken is not null,
            ["next_token"] = page.NextToken,
        }).ConfigureAwait(false);
    }

    private async Task HandleDeleteWebhookEndpointAsync(HttpContext context)
    {
        if (!Endpoints.Delete((string)context.Request.RouteValues["id"]!))
        {
            await WriteV3ErrorAsync(context, 404, "not_found", "Webhook endpoint not found.").ConfigureAwait(false);
            return;
        }

        // The schema's answer: an empty data object beside a null error.
        await WriteJsonAsync(context, 200, new JsonObject { ["data"] = new JsonObject(), ["error"] = null }).ConfigureAwait(false);
    }

    private async Task HandleRotateWebhookSecretAsync(HttpContext context)
    {
        var (keyValid, key) = await ReadIdempotencyKeyAsync(context).ConfigureAwait(false);
        if (!keyValid)
        {
            return;
        }

        // Idempotency scope is per endpoint and per resource: the endpoint id is part of the slot.
        var id = (string)context.Request.RouteValues["id"]!;
        var (status, body, replayed) = _store.Idempotent($"POST /v3/webhooks/endpoints/{id}/rotate-secret", key, null, () =>
            Endpoints.Rotate(id) is { } rotated
                ? (200, new JsonObject { ["data"] = new JsonObject { ["endpoint_id"] = rotated.EndpointId, ["secret"] = rotated.Secret } })
                : (404, HeyGenErrorBodies.Create(HeyGenErrorShape.V3, "not_found", "Webhook endpoint not found.")));
        await WriteCreatedAsync(context, status, body, replayed).ConfigureAwait(false);
    }

    private static Task HandleWebhookEventTypesAsync(HttpContext context) =>
        WriteJsonAsync(context, 200, new JsonObject
        {
            ["data"] = new JsonArray(WebhookEventTypes
                .Select(t => (JsonNode?)new JsonObject { ["event_type"] = t.EventType, ["description"] = t.Description })
                .ToArray()),
            ["has_more"] = false,
            ["next_token"] = null,
        });

    // The secret is shown only on create and rotation; lists carry null.
    private static JsonObject RenderEndpoint(HeyGenEmulatorWebhookEndpoint endpoint, bool withSecret) => new()
    {
        ["endpoint_id"] = endpoint.EndpointId,
        ["url"] = endpoint.Url,
        ["events"] = endpoint.Events is null ? null : new JsonArray(endpoint.Events.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
        ["status"] = "enabled",
        ["created_at"] = endpoint.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        ["secret"] = withSecret ? endpoint.Secret : null,
    };
}
