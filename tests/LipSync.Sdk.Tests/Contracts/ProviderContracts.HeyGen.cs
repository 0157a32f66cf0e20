using LipSync.Sdk.Providers.HeyGen;

namespace LipSync.Sdk.Tests.Contracts;

internal static partial class ProviderContracts
{
    // Properties, not fields: All (in the other part) reads them, and field initialisers of partial parts run in no set order.
    // developers.heygen.com/docs/error-codes documents one v3 body for every endpoint and these codes with their
    // statuses; 500 carries no named code there, so the official CLI's name for it (unclassified_server_error) is used.
    private static (string Code, int Status)[] HeyGenEveryCall =>
    [
        ("unauthorized", 401), ("forbidden", 403), ("resource_access_denied", 403), ("rate_limit_exceeded", 429), ("unclassified_server_error", 500),
    ];

    private static (string Code, int Status)[] HeyGenById => [.. HeyGenEveryCall, ("not_found", 404)];

    // Bodies and queries can be invalid; keyed mutations can overtake themselves (409 request_in_progress, create-lipsync
    // and rotate-secret reference pages); a paid create can lack credits (402) or quota (429).
    private static (string Code, int Status)[] HeyGenKeyedMutation => [.. HeyGenEveryCall, ("invalid_parameter", 400), ("request_in_progress", 409)];

    /// <summary>The HeyGen v3 endpoints the neutral client does not reach, with their documented errors.</summary>
    private static IReadOnlyList<NativeEndpointContract> HeyGenNativeEndpoints =>
    [
        new()
        {
            Name = nameof(IHeyGenClient.DeleteLipsyncAsync), Method = "DELETE", DocumentedErrors = HeyGenById,
            Call = (sdk, marker) => sdk.Native<IHeyGenClient>().DeleteLipsyncAsync(marker),
        },
        new()
        {
            Name = nameof(IHeyGenClient.UpdateLipsyncAsync), Method = "PATCH", DocumentedErrors = [.. HeyGenById, ("invalid_parameter", 400)],
            Call = (sdk, marker) => sdk.Native<IHeyGenClient>().UpdateLipsyncAsync(marker, new UpdateLipsyncRequest { Title = "renamed" }),
        },
        new()
        {
            Name = nameof(IHeyGenClient.CreateVideoTranslationAsync), Method = "POST", Keyed = true,
            DocumentedErrors = [.. HeyGenKeyedMutation, ("insufficient_credit", 402), ("quota_exceeded", 429)],
            Call = (sdk, marker) => sdk.Native<IHeyGenClient>().CreateVideoTranslationAsync(new CreateVideoTranslationRequest
            {
                Video = HeyGenMediaInput.FromUrl(new Uri($"https://assets.example.com/{marker}/talk.mp4")),
                OutputLanguages = ["Spanish (Spain)"],
            }),
        },
        new()
        {
            Name = nameof(IHeyGenClient.GetVideoTranslationAsync), Method = "GET", DocumentedErrors = HeyGenById,
            Call = (sdk, marker) => sdk.Native<IHeyGenClient>().GetVideoTranslationAsync(marker),
        },
        new()
        {
            Name = nameof(IHeyGenClient.GetVideoTranslationLanguagesAsync), Method = "GET", FixedMarker = "/v3/video-translations/languages",
            DocumentedErrors = HeyGenEveryCall,
            Call = (sdk, _) => sdk.Native<IHeyGenClient>().GetVideoTranslationLanguagesAsync(),
        },
        new()
        {
            Name = nameof(IHeyGenClient.CreateWebhookEndpointAsync), Method = "POST", Keyed = true, DocumentedErrors = HeyGenKeyedMutation,
            Call = (sdk, marker) => sdk.Native<IHeyGenClient>().CreateWebhookEndpointAsync(
                new CreateWebhookEndpointRequest { Url = $"https://hooks.example.com/{marker}" }),
        },
        new()
        {
            Name = nameof(IHeyGenClient.GetWebhookEndpointsPageAsync), Method = "GET", DocumentedErrors = [.. HeyGenEveryCall, ("invalid_parameter", 400)],
            Call = (sdk, marker) => sdk.Native<IHeyGenClient>().GetWebhookEndpointsPageAsync(new HeyGenListOptions { Token = marker }),
        },
        new()
        {
            Name = nameof(IHeyGenClient.DeleteWebhookEndpointAsync), Method = "DELETE", DocumentedErrors = HeyGenById,
            Call = (sdk, marker) => sdk.Native<IHeyGenClient>().DeleteWebhookEndpointAsync(marker),
        },
        new()
        {
            Name = nameof(IHeyGenClient.RotateWebhookSecretAsync), Method = "POST", Keyed = true, DocumentedErrors = [.. HeyGenById, ("request_in_progress", 409)],
            Call = (sdk, marker) => sdk.Native<IHeyGenClient>().RotateWebhookSecretAsync(marker),
        },
        new()
        {
            Name = nameof(IHeyGenClient.GetWebhookEventTypesAsync), Method = "GET", FixedMarker = "/v3/webhooks/event-types",
            DocumentedErrors = HeyGenEveryCall,
            Call = (sdk, _) => sdk.Native<IHeyGenClient>().GetWebhookEventTypesAsync(),
        },
    ];
}
