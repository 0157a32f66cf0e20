using System.Globalization;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// HeyGen's documented request limits (provider notes B2, B4, B5, B7), checked before anything is sent — before any
/// upload — so a doomed request costs no round trip. A violation throws the kind and code HeyGen's own answer would
/// have produced through <see cref="HeyGenErrorCatalog"/> and <see cref="HeyGenMessageRules"/> (the same as
/// <see cref="LipSyncErrors.FromResponse"/> gives for that body).
/// </summary>
public static partial class HeyGenRequestRules
{
    /// <summary>Longest <c>script</c> of a v3 video: "Script ≤5,000 chars" (usage limits).</summary>
    public const int MaxScriptLength = 5000;

    /// <summary>Smallest video width or height (<c>dimension</c>, legacy v2 generate).</summary>
    public const int MinDimension = 128;

    /// <summary>Largest video width or height (<c>dimension</c>, legacy v2 generate).</summary>
    public const int MaxDimension = 4096;

    /// <summary>Largest input video: "MP4/WebM ≤100 MB" (v3 usage limits).</summary>
    public const long MaxVideoBytes = 100L * 1024 * 1024;

    /// <summary>Largest input audio: "WAV/MP3 ≤50 MB" (v3 usage limits).</summary>
    public const long MaxAudioBytes = 50L * 1024 * 1024;

    /// <summary>The v3 validation code, as HeyGen spells it on the wire (the <c>INVALID_PARAMETER</c> row).</summary>
    internal const string InvalidParameterCode = "invalid_parameter";

    /// <summary>Longest input audio: "audio ≤10 min" (v3 usage limits).</summary>
    public static TimeSpan MaxAudioDuration { get; } = TimeSpan.FromMinutes(10);

    /// <summary>Checks a lip-sync request: <c>video</c> and <c>audio</c> present, each a URL or an asset id; <c>mode</c> <c>speed</c> or <c>precision</c>.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="LipSyncValidationException">A rule is broken; nothing was sent.</exception>
    public static void Validate(CreateLipsyncRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateInput(request.Video, "video");
        ValidateInput(request.Audio, "audio");

        // The neutral LipSyncRequest.Model becomes mode: a Sync model name ("lipsync-2") must not reach HeyGen.
        if (request.Mode is { } mode && mode is not (LipsyncModes.Speed or LipsyncModes.Precision))
        {
            throw InvalidParameter("mode", $"mode must be \"{LipsyncModes.Speed}\" or \"{LipsyncModes.Precision}\" (HeyGen's lip-sync modes; LipSyncRequest.Model is sent as mode); it is \"{mode}\".");
        }
    }

    /// <summary>
    /// Checks a v3 video: the variant's required input (<c>avatar_id</c> or <c>image</c>), <c>script</c> at most
    /// <see cref="MaxScriptLength"/> characters and not combined with <c>audio_url</c> / <c>audio_asset_id</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <exception cref="LipSyncValidationException">A rule is broken; nothing was sent.</exception>
    public static void Validate(CreateVideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Type == CreateVideoRequest.AvatarType && string.IsNullOrWhiteSpace(request.AvatarId))
        {
            throw InvalidParameter("avatar_id", "avatar_id is required for an avatar video.");
        }

        if (request.Type == CreateVideoRequest.ImageType && request.Image is null)
        {
            throw InvalidParameter("image", "image is required for an image video.");
        }

        if (request.Script is { Length: > MaxScriptLength } script)
        {
            throw InvalidParameter("script", string.Create(CultureInfo.InvariantCulture, $"The script has {script.Length} characters; HeyGen allows at most {MaxScriptLength}."));
        }

        if (request.Script is not null && (request.AudioUrl ?? request.AudioAssetId) is not null)
        {
            throw InvalidParameter("script", "script cannot be combined with audio_url or audio_asset_id.");
        }
    }

    /// <summary>
    /// Checks a video <c>dimension</c> (legacy v2 generate: "both even, 128–4096"). The v3 endpoints the SDK models take
    /// <c>resolution</c> and <c>aspect_ratio</c> instead, so nothing calls this automatically: call it when you build a
    /// body that carries a dimension.
    /// </summary>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <exception cref="LipSyncValidationException">Out of range or odd; the documented message's rule decides the code.</exception>
    public static void ValidateDimension(int width, int height)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"The dimension is {width}x{height}.");
        if (width is < MinDimension or > MaxDimension || height is < MinDimension or > MaxDimension)
        {
            throw MessageRule("Video width or height must be smaller than 4096 and larger than 128", "dimension", size);
        }

        if (width % 2 != 0 || height % 2 != 0)
        {
            throw MessageRule("Video width and height must be even number", "dimension", size);
        }
    }

    /// <summary>
    /// Checks what is known of a neutral request's media before anything is uploaded: audio at most
    /// <see cref="MaxAudioDuration"/> when its duration is known, local files within <see cref="MaxVideoBytes"/> and
    /// <see cref="MaxAudioBytes"/> when their length is known.
    /// </summary>
    /// <param name="request">The neutral request.</param>
    /// <exception cref="LipSyncValidationException">A limit is exceeded; nothing was sent.</exception>
    /// <exception cref="FileNotFoundException">A file input does not exist (any more); nothing was sent.</exception>
    public static void ValidateMedia(LipSyncRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfFilesMissing();
        if (request.Audio?.Duration is { } duration && duration > MaxAudioDuration)
        {
            throw Catalogued("AUDIO_DURATION_TOO_LONG", "audio",
                string.Create(CultureInfo.InvariantCulture, $"The audio lasts {duration.TotalSeconds:0.###} s; HeyGen allows at most {MaxAudioDuration.TotalMinutes:0} minutes."));
        }

        ValidateSize(request.Video, "video", MaxVideoBytes);
        ValidateSize(request.Audio, "audio", MaxAudioBytes);
    }

    private static void ValidateSize(MediaSource? source, string field, long limit)
    {
        if (source is LocalMediaSource { Length: { } length } local && length > limit)
        {
            throw Catalogued("payload_too_large", field,
                string.Create(CultureInfo.InvariantCulture, $"{local.FileName} is {length} bytes; HeyGen accepts {field} up to {limit / (1024 * 1024)} MB."));
        }
    }

    private static void ValidateInput(HeyGenMediaInput? input, string field)
    {
        if (input is null)
        {
            throw InvalidParameter(field, $"{field} is required.");
        }

        switch (input.Type)
        {
            case HeyGenMediaInput.UrlType when !Uri.TryCreate(input.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp):
                throw InvalidParameter(field + ".url", $"not a valid URL: {input.Url}");
            case HeyGenMediaInput.AssetIdType when string.IsNullOrWhiteSpace(input.AssetId):
                throw InvalidParameter(field + ".asset_id", "asset_id is required.");
            case HeyGenMediaInput.UrlType or HeyGenMediaInput.AssetIdType:
                return;
            default:
                throw InvalidParameter(field + ".type", $"{field}.type must be url or asset_id.");
        }
    }

    // HeyGen v3 answers parameter problems with {"error":{"code":"invalid_parameter","param":…}}.
    private static LipSyncValidationException InvalidParameter(string field, string detail) =>
        LocalValidationFailure.Create(HeyGenErrorCatalog.ProviderName, Row(InvalidParameterCode), field, detail, InvalidParameterCode);

    private static LipSyncValidationException Catalogued(string code, string field, string detail) =>
        LocalValidationFailure.Create(HeyGenErrorCatalog.ProviderName, Row(code), field, detail, code);

    // Context-specific messages have no code on the wire; the rule's name is what FromResponse reports for them.
    private static LipSyncValidationException MessageRule(string documentedMessage, string field, string detail) =>
        LocalValidationFailure.Create(
            HeyGenErrorCatalog.ProviderName,
            HeyGenMessageRules.Match(documentedMessage) ?? throw new InvalidOperationException($"'{documentedMessage}' has no rule."),
            field, detail);

    private static ErrorCatalogEntry Row(string code) =>
        HeyGenErrorCatalog.Catalog.TryGet(code, out var entry) ? entry : throw new InvalidOperationException($"'{code}' is not catalogued.");
}
