using static LipSync.Sdk.LipSyncErrorKind;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// The "Additional Context-Specific Errors" of HeyGen's error reference: messages documented without a code (or sent
/// with the catch-all <c>internal_error</c>). Each is matched by its fixed text — the part before a placeholder such
/// as <c>{voice_id}</c> — and classified as data, like the code catalogue. The <see cref="ErrorCatalogEntry.Code"/>
/// of these rows names the documented scenario; HeyGen never sends it.
/// </summary>
internal static class HeyGenMessageRules
{
    /// <summary>The rules, in the reference's order: the message text a body must start with, and its meaning.</summary>
    public static IReadOnlyList<(string MessageStart, ErrorCatalogEntry Entry)> Rules { get; } =
    [
        ("Video width or height must be smaller than 4096 and larger than 128",
            new("VIDEO_DIMENSION_OUT_OF_RANGE", InvalidRequest, false, 400, "Video width or height must be smaller than 4096 and larger than 128")),
        ("Video width and height must be even number",
            new("VIDEO_DIMENSION_NOT_EVEN", InvalidRequest, false, 400, "Video width and height must be even number")),
        ("not a valid URL: ", new("URL_VALIDATION", InvalidRequest, false, 400, "not a valid URL")),
        ("either url or video_asset_id needs to be provided",
            new("VIDEO_INPUT_VALIDATION", InvalidRequest, false, 400, "either url or video_asset_id needs to be provided")),
        ("Video asset not found: ", new("ASSET_VALIDATION", NotFound, false, 404, "Video asset not found")),

        // Documented with HTTP 400, but the voice does not exist.
        ("Voice not found: ", new("VOICE_VALIDATION", NotFound, false, 400, "Voice not found")),
        ("TTS voice must be provided with text voice settings",
            new("TTS_VALIDATION", InvalidRequest, false, 400, "TTS voice must be provided with text voice settings")),
        ("Resource access denied", new("FOLDER_ACCESS", PermissionDenied, false, 403, "Resource access denied")),

        // Listed under "Content Safety" but it is a plan limit, not moderation.
        ("Please upgrade your plan to generate 4K videos",
            new("PLAN_4K_REQUIRED", QuotaExceeded, false, 400, "Please upgrade your plan to generate 4K videos")),
    ];

    /// <summary>Finds the rule whose documented text the message starts with (case-insensitive).</summary>
    /// <param name="message">The message from the body.</param>
    /// <returns>The rule's entry, or null.</returns>
    public static ErrorCatalogEntry? Match(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var text = message.AsSpan().Trim();
        foreach (var (start, entry) in Rules)
        {
            if (text.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }
}
