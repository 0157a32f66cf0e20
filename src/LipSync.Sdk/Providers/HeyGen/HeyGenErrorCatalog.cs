using static LipSync.Sdk.LipSyncErrorKind;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// Every HeyGen error code the SDK knows, as data. HeyGen's error reference (docs.heygen.com/reference/errors) lists
/// each code twice over — a number (<c>400140</c>) and an enum name (<c>MOVIO_API_EXCEED_RATE_LIMIT</c>) — and both
/// reach the wire: numbers in legacy <c>{"code": N}</c> bodies and in v2 <c>error.code</c>, names or v3 snake_case codes
/// (<c>rate_limit_exceeded</c>) in string <c>error.code</c> fields. So each reference row yields two catalogue
/// entries, one per spelling; v3 codes that equal a name case-insensitively (<c>video_not_found</c>) share its row.
/// The same codes classify failed jobs (<c>failure_code</c>, <c>data.error.code</c>).
/// </summary>
public static class HeyGenErrorCatalog
{
    /// <summary>The provider name used in exceptions and <see cref="LipSyncErrors.FromResponse"/>.</summary>
    public const string ProviderName = "heygen";

    /// <summary>The legacy success code: a v1 body with any other <c>code</c> is an error, whatever the HTTP status.</summary>
    public const string LegacySuccessCode = "100";

    /// <summary>The catalogue rows (numbers, enum names and v3 codes).</summary>
    public static ErrorCatalog Catalog { get; } = new(ProviderName, Expand(Reference).Concat(Streaming).Concat(V3Codes).Concat(Observed));

    // The reference table (code | enum_name | message), in its order. It documents no HTTP status per code: HeyGen
    // sends most of these as 400 (or 200 on legacy endpoints), so the code alone decides.
    private static ReferenceRow[] Reference =>
    [
        // Authentication and access.
        new(40009, "INVALID_CREDENTIALS", Authentication, false, "Invalid credentials provided"),
        new(400101, "USER_NOT_FOUND", Authentication, false, "User not found"),
        new(400112, "UNAUTHORIZED", Authentication, false, "Unauthorized"),
        new(401057, "INVALID_ACCESS_TOKEN", Authentication, false, "Invalid access token"),
        new(401056, "ACCESS_TOKEN_EXPIRED", Authentication, false, "Access token expired"),
        new(400561, "SPACE_NOT_FOUND", NotFound, false, "space not found"),
        new(400573, "PERMISSION_DENIED", PermissionDenied, false, "permission denied"),
        new(400562, "FORBIDDEN", PermissionDenied, false, "forbidden"),
        new(400599, "TIER_NOT_SUPPORT", QuotaExceeded, false, "Please upgrade to Creator / Business plan to use this feature."),
        new(400631, "USER_BLOCKED", PermissionDenied, false, "Your account has been suspended due to detected violation of our policy and terms."),

        // Parameters.
        new(40001, "MISSING_PARAMS", InvalidRequest, false, "Missing required input parameters"),
        new(400175, "INVALID_PARAMETER", InvalidRequest, false, "Invalid parameter"),
        new(40012, "INVALID_QUERY_PARAM", InvalidRequest, false, "Invalid querying parameter"),
        new(40065, "INVALID_VIDEO_INFOS", InvalidRequest, false, "Invalid video infos"),
        new(40039, "INVALID_TEXT_INPUT", InvalidRequest, false, "Invalid text detected"),
        new(400105, "BLOCKED_WORDS_DETECTED", ContentRejected, false, "Blocked words detected"),

        // Media.
        new(40010, "VIDEO_FORMAT_NOT_SUPPORTED", InvalidMedia, false, "Video format not supported"),
        new(40031, "INVALID_VIDEO_ID", InvalidRequest, false, "Invalid video id"),
        new(400652, "VIDEO_FILE_CORRUPTED", InvalidMedia, false, "Video file corrupted"),
        new(400621, "EMPTY_VIDEO_STREAM", InvalidMedia, false, "empty video stream"),
        new(400624, "EMPTY_AUDIO_STREAM", InvalidMedia, false, "empty audio stream"),
        new(40044, "INVALID_AUDIO_FORMAT", InvalidMedia, false, "Invalid audio format"),
        new(40056, "FAILED_TO_GENERATE_AUDIO", ServerError, true, "Failed to generate audio"),
        new(1000022, "AUDIO_DURATION_TOO_LONG", InvalidMedia, false, "Audio duration too long"),
        new(401035, "AUDIO_LENGTH_MISMATCH", InvalidMedia, false, "Audio length mismatch"),
        new(401015, "AUDIO_CORRUPTION_ERROR", InvalidMedia, false, "Audio or video may be corrupted"),

        // Moderation.
        new(400168, "INAPPROPRIATE_CONTENT", ContentRejected, false, "NSFW content detected"),
        new(400625, "CELEBRITY_CONTENT", ContentRejected, false, "Celebrity face detected"),
        new(402007, "CHILD_SAFETY_MODERATION_FAILED", ContentRejected, false, "Moderation failed: Underage content detected."),
        new(402008, "CELEBRITY_MODERATION_FAILED", ContentRejected, false, "Moderation failed: Celebrity detected."),
        new(402009, "INAPPROPRIATE_CONTENT_MODERATION_FAILED", ContentRejected, false, "Moderation failed: NSFW content detected."),
        new(401003, "MODERATION_POLICY_VIOLATED", ContentRejected, false, "Moderation policy violated"),
        new(400680, "UNSAFE_PROMPT", ContentRejected, false, "Unsafe prompt"),

        // Duration.
        new(400165, "MOVIO_VIDEO_TOO_SHORT", InvalidMedia, false, "Duration is too short, try another video"),
        new(400150, "MOVIO_VIDEO_IS_TOO_LONG", InvalidMedia, false, "Video is too long"),
        new(400128, "MOVIO_PHOTAR_DURATION_TOO_LONG", InvalidMedia, false, "Duration is too long"),

        // Limits: the daily trial cap and credits need a plan change; the rate limit clears by waiting.
        new(400664, "TRIAL_VIDEO_LIMIT_EXCEEDED", QuotaExceeded, false, "You have reached your daily trial video limit"),
        new(400140, "MOVIO_API_EXCEED_RATE_LIMIT", RateLimited, true, "Exceed rate limit"),
        new(401028, "QUOTA_LIMIT", QuotaExceeded, false, "Quota limit"),
        new(40019, "EXCEED_USAGE_LIMIT", QuotaExceeded, false, "exceed usage limit"),
        new(400118, "CREDIT_NOT_ENOUGH", QuotaExceeded, false, "Credit not enough"),
        new(400153, "GUEST_GENERATE_LIMIT", QuotaExceeded, false, "Please sign up to make more videos"),

        // Avatars and faces.
        new(400144, "AVATAR_NOT_FOUND", NotFound, false, "Avatar not found"),
        new(400174, "PHOTAR_NOT_FOUND", NotFound, false, "Photar not found"),
        new(40090, "INVALID_AVATAR_INFO", InvalidRequest, false, "Avatar info is invalid"),
        new(40004, "NO_FACE_ERROR", InvalidMedia, false, "No face detected"),
        new(40005, "TOO_MANY_FACES_ERROR", InvalidMedia, false, "Multiple faces found"),
        new(40006, "BAD_QUALITY_IMAGE", InvalidMedia, false, "Image quality is not good enough"),
        new(400685, "AVATAR_USAGE_NOT_PERMITTED", PermissionDenied, false, "Avatar usage not permitted"),

        // Voices and text to speech.
        new(400116, "VOICE_NOT_FOUND", NotFound, false, "Voice not found"),
        new(400548, "TTS_VOICE_UNAVAILABLE_ERR", InvalidRequest, false, "Text to speech voice not available"),
        new(400552, "TTS_CUSTOMER_VOICE_ERR", NotFound, false, "Voice not found"),
        new(400551, "TTS_PAID_VOICE_ERR", QuotaExceeded, false, "Paid voice is only available for premium users"),
        new(400634, "TTS_LANGUAGE_ERROR", InvalidRequest, false, "tts language error"),
        new(400549, "TTS_PROVIDER_ERR", ServerError, true, "Text to speech provider error"),
        new(401030, "ELEVENLABS_TTS_ERROR", ServerError, true, "tts error"),
        new(400701, "TTS_TOO_MANY_REQUEST_ERR", RateLimited, true, "too many request, please try again later"),

        // Templates and generation.
        new(40072, "TEMPLATE_NOT_FOUND", NotFound, false, "Template not found"),
        new(400608, "HEYGEN_TEMPLATE_NOT_FOUND", NotFound, false, "heygen template not found"),
        new(40092, "VIDEO_GENERATE_ERROR", ServerError, true, "Video generation encounted error"),
        new(40071, "DUPLICATE_VIDEO_GENERATION", Conflict, false, "Duplicate video generation"),
        new(400576, "VIDEO_RENDER_FAILED", ServerError, true, "Failed to render video"),
        new(40062, "RETRIABLE_JOB_ERROR", ServerError, true, "Failed to generate video, please try again"),
        new(400171, "VIDEO_NOT_COMPLETED", NotReady, true, "Video not completed"),

        // Workflows and resources.
        new(404002, "WORKFLOW_ALREADY_EXISTS", Conflict, false, "Workflow already exists"),
        new(404003, "WORKFLOW_NOT_FOUND", NotFound, false, "Workflow not found"),
        new(404001, "WORKFLOW_VALIDATION_ERROR", InvalidRequest, false, "Workflow input validation error"),
        new(40051, "RESOURCE_NOT_FOUND", NotFound, false, "Resource is not found"),
        new(400179, "ASSET_NOT_FOUND", NotFound, false, "Asset not found"),
        new(400114, "VIDEO_NOT_FOUND", NotFound, false, "Video not found"),
        new(400578, "RESOURCE_ACCESS_DENIED", PermissionDenied, false, "resource access denied"),

        // Transfers: HeyGen's own storage failing is a server error; fetching the caller's URL failing is bad media.
        new(40003, "UPLOAD_FAILURE", ServerError, true, "Object upload failed"),
        new(40023, "DOWNLOAD_FAILURE", InvalidMedia, false, "Object download failed"),
        new(400609, "S3_UPLOAD_FAILED", ServerError, true, "s3 upload failed"),
        new(400610, "S3_DOWNLOAD_FAILED", ServerError, true, "s3 download failed"),
        new(400616, "HTTP_DOWNLOAD_FAILED", InvalidMedia, false, "http download failed"),
        new(400617, "HTTP_UPLOAD_FAILED", ServerError, true, "http upload failed"),
        new(40002, "IMAGE_FORMAT_NOT_SUPPORTED", InvalidMedia, false, "Image format not supported"),
        new(400543, "ASSET_FORMAT_NOT_SUPPORTED", InvalidMedia, false, "Asset format not supported"),
        new(400111, "INVALID_FILE_TYPE", InvalidMedia, false, "Invalid file type"),
        new(40013, "QUERY_URL_FAILURE", InvalidMedia, false, "Failed on query url"),
        new(40045, "NO_VIDEO_URL_FOUND", InvalidMedia, false, "No video URL found"),
        new(401029, "URL_NO_LONGER_AVAILABLE", InvalidMedia, false, "The URL is no longer available"),
        new(400627, "INVALID_GOOGLE_DRIVE_URL", InvalidMedia, false, "invalid google drive url"),

        // Server side.
        new(500000, "INTERNAL_SERVER_ERROR", ServerError, true, "Internal server error"),
        new(40099, "UNKNOWN_ERROR", ServerError, true, "Something is wrong, please contact contact@heygen.com"),
        new(400106, "REQUEST_TIMEOUT", LipSyncErrorKind.Timeout, true, "Request timeout"),
        new(400558, "API_CONNECTION_ERROR", ServiceUnavailable, true, "API connection error"),
        new(400591, "THIRD_PARTY_ERROR", ServerError, true, "third party error"),
        new(40042, "TRANSCODE_ERROR", InvalidMedia, false, "Transcoding Error"),
        new(400611, "VIDEO_TRANSCODE_NOT_READY", NotReady, true, "video transcode is not ready"),
        new(40032, "PROCESS_VIDEO_STREAM_ERROR", InvalidMedia, false, "Process video stream error"),
        new(40033, "PROCESS_VIDEO_ANALYZE_ERROR", InvalidMedia, false, "Process video analyze error"),
        new(400672, "SRT_FILE_ERROR", InvalidMedia, false, "SRT file error"),

        // Jobs.
        new(40041, "JOB_NOT_READY", NotReady, true, "Job not ready"),
        new(40043, "INVALID_JOB_ID", InvalidRequest, false, "Invalid Job ID"),
        new(40029, "UNKNOWN_JOB_TYPE", InvalidRequest, false, "Unknown job type"),
        new(400164, "MOVIO_JOB_NOT_FOUND", NotFound, false, "HeyGen job not found"),
        new(400557, "MISSING_JOB_CONTEXT", InvalidRequest, false, "Missing job context"),
        new(40038, "PAYMENT_NOT_READY", QuotaExceeded, false, "Payment not ready"),
    ];

    // Streaming API table (HTTP status | code | message): numbers only, with the documented status.
    private static ErrorCatalogEntry[] Streaming =>
    [
        new("10001", Conflict, false, 400, "Session state wrong: new"),
        new("10002", Conflict, false, 400, "Session state wrong: connecting"),
        new("10003", Conflict, false, 400, "Session state wrong: connected"),
        new("10004", Conflict, false, 400, "Session state wrong: closing"),
        new("10005", Conflict, false, 400, "Session state wrong: closed"),
        new("10006", NotFound, false, 404, "Session not found"),
        new("10007", RateLimited, true, 429, "Concurrent limit reached"),
        new("10012", NotFound, false, 404, "Avatar not found"),
        new("10013", PermissionDenied, false, 403, "Avatar not allowed"),
        new("10014", RateLimited, true, 429, "Session full"),
        new("10015", QuotaExceeded, false, 429, "Trial API limit reached"),
    ];

    // v3 string codes (developers.heygen.com/docs/error-codes and the official CLI's hints) that no enum name covers.
    private static ErrorCatalogEntry[] V3Codes =>
    [
        new("insufficient_credit", QuotaExceeded, false, 402, "Your account does not have enough credits."),
        new("quota_exceeded", QuotaExceeded, false, 429, "Quota exceeded."),
        new("validation_error", InvalidRequest, false, 400, "The request is invalid."),
        new("not_found", NotFound, false, 404, "Not found."),
        new("voice_not_usable", InvalidRequest, false, 400, "The voice cannot be used."),
        new("asset_not_available", NotFound, false, 404, "The asset is not available."),
        new("conflict", Conflict, false, 409, "Conflict."),

        // An Idempotency-Key retry that overtakes the original: retrying later replays the original response.
        new("request_in_progress", Conflict, true, 409, "A request with this Idempotency-Key is still in progress."),
        new("payload_too_large", InvalidMedia, false, 413, "The file is too large."),
        new("rate_limit_exceeded", RateLimited, true, 429, "Rate limit exceeded."),
        new("ai_vendor_access_restricted", PermissionDenied, false, 403, "Access to the AI vendor is restricted."),
        new("download_failed", InvalidMedia, false, 400, "An input could not be downloaded."),
        new("gateway_timeout", LipSyncErrorKind.Timeout, true, 504, "Gateway timeout."),
        new("unclassified_server_error", ServerError, true, 500, "Server error."),

        // v2's catch-all (sent with 400 "avatar does not support unlimited mode" and 401 "Unauthorized" alike):
        // HeyGenErrorProfile lets the message or the status decide when it arrives with a 4xx.
        new(HeyGenErrorProfile.GenericV2Code, ServerError, true, 500, "Internal error."),
    ];

    // Codes seen in HeyGen's docs and issues outside the reference table (provider notes B1, B11).
    private static ErrorCatalogEntry[] Observed =>
    [
        new("40119", QuotaExceeded, false, null, "Video is too long. Please upgrade your plan to generate longer videos."),
        new("400006", Conflict, false, 400, "Session is not in correct state"),
        new("400009", ServerError, false, 400, "Error calling text to speech provider"),
    ];

    private static IEnumerable<ErrorCatalogEntry> Expand(IEnumerable<ReferenceRow> rows) =>
        rows.SelectMany(row => new[]
        {
            new ErrorCatalogEntry(row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Kind, row.IsRetryable, null, row.Message),
            new ErrorCatalogEntry(row.Name, row.Kind, row.IsRetryable, null, row.Message),
        });

    private sealed record ReferenceRow(int Number, string Name, LipSyncErrorKind Kind, bool IsRetryable, string Message);
}
