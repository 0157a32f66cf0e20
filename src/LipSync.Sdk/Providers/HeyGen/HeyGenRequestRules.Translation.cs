namespace LipSync.Sdk.Providers.HeyGen;

public static partial class HeyGenRequestRules
{
    /// <summary>
    /// Checks a video translation before it is sent: <c>video</c> a URL or an asset id, at least one non-blank
    /// <c>output_languages</c> entry (both required in HeyGen's schema), optional <c>audio</c>/<c>srt</c> well formed,
    /// and <c>mode</c> <c>speed</c> or <c>precision</c> (the schema's enum).
    /// </summary>
    internal static void Validate(CreateVideoTranslationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateInput(request.Video, "video");
        if (request.Audio is not null)
        {
            ValidateInput(request.Audio, "audio");
        }

        if (request.Srt is not null)
        {
            ValidateInput(request.Srt, "srt");
        }

        if (request.OutputLanguages is not { Count: > 0 } languages || languages.Any(string.IsNullOrWhiteSpace))
        {
            throw InvalidParameter("output_languages", "output_languages needs at least one language name, none blank (GET /v3/video-translations/languages lists them).");
        }

        if (request.Mode is { } mode && mode is not (LipsyncModes.Speed or LipsyncModes.Precision))
        {
            throw InvalidParameter("mode", $"mode must be \"{LipsyncModes.Speed}\" or \"{LipsyncModes.Precision}\"; it is \"{mode}\".");
        }
    }

    /// <summary>Checks a webhook endpoint registration: <c>url</c> an absolute https URL, as HeyGen requires.</summary>
    internal static void Validate(CreateWebhookEndpointRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            throw InvalidParameter("url", "url must be a publicly accessible https URL.");
        }

        if (request.Events is { } events && events.Any(string.IsNullOrWhiteSpace))
        {
            throw InvalidParameter("events", "events must not contain blank event types (null subscribes to every event).");
        }
    }
}
