using static LipSync.Sdk.LipSyncErrorKind;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Every Sync error code the SDK knows, as data: the generation and batch codes of Sync's error reference, the
/// 62 codes of <c>GET /v2/errors</c> (2026-08-25), the older documented codes, the idempotency codes and the
/// dialogue-edit codes. The same codes arrive in HTTP error bodies (<c>errorCode</c>) and on failed generations
/// (<c>error_code</c>/<c>errorCode</c>).
/// </summary>
public static class SyncErrorCatalog
{
    /// <summary>The provider name used in exceptions and <see cref="LipSyncErrors.FromResponse"/>.</summary>
    public const string ProviderName = "sync";

    /// <summary>The catalogue rows.</summary>
    public static ErrorCatalog Catalog { get; } = new(ProviderName,
    [
        // Input and media (Sync's error reference; GET /v2/errors).
        new("generation_unsupported_model", InvalidRequest, false, 400, "The requested model is not supported for this operation."),
        new("generation_media_metadata_missing", InvalidMedia, false, 400, "Required media metadata is missing from the request."),
        new("generation_audio_length_exceeded", InvalidMedia, false, 400, "The provided audio exceeds the maximum allowed length."),
        new("generation_text_length_exceeded", InvalidRequest, false, 400, "Text must be less than 5000 characters in one generation."),
        new("generation_audio_missing", InvalidMedia, false, 400, "No audio file was provided in the request."),
        new("generation_video_missing", InvalidMedia, false, 400, "No video file was provided in the request."),
        new("generation_input_validation_failed", InvalidRequest, false, 400, "Failed to validate input."),
        new("generation_input_audio_invalid", InvalidMedia, false, 400, "The provided audio file has invalid metadata."),
        new("generation_input_video_invalid", InvalidMedia, false, 400, "The provided video file is invalid."),
        new("generation_input_video_inaccessible", InvalidMedia, false, 400, "The video input URL could not be accessed."),
        new("generation_input_audio_inaccessible", InvalidMedia, false, 400, "The audio input URL could not be accessed."),
        new("generation_input_image_inaccessible", InvalidMedia, false, 400, "The image input URL could not be accessed."),
        new("generation_input_segments_invalid", InvalidRequest, false, 400, "The segments are invalid."),
        new("generation_input_trim_invalid", InvalidRequest, false, 400, "The trim settings are invalid."),
        new("generation_input_face_selection_invalid", InvalidRequest, false, 400, "The face selection is invalid."),
        new("generation_input_resolution_unsupported", InvalidMedia, false, 400, "The input resolution is not supported."),
        new("generation_input_duration_greater_than_max_duration", InvalidMedia, false, 400, "The input is longer than the maximum duration."),
        new("generation_model_duration_exceeded", InvalidMedia, false, 400, "The input is longer than the model allows."),
        new("generation_input_asset_type_mismatch", InvalidRequest, false, 400, "The asset type does not match the input type."),
        new("generation_input_too_many_visual", InvalidRequest, false, 400, "Only one video or image input is allowed."),
        new("generation_input_dub_audio_conflict", InvalidRequest, false, 400, "A dubbing request cannot also carry audio or text input."),
        new("dialogue_edit_retime_required", InvalidRequest, false, 422, "The dialogue edit requires retiming."),
        new("dialogue_edit_removal_too_large", InvalidRequest, false, 422, "The dialogue edit removes too much."),
        new("dubbing_duration_exceeded", InvalidMedia, false, 400, "The media is longer than dubbing allows."),

        // Plan, quota and account.
        new("generation_plan_duration_exceeded", QuotaExceeded, false, 402, "The input is longer than your plan allows."),
        new("free_tier_generations_exhausted", QuotaExceeded, false, 402, "The free tier generations are used up."),
        new("plan_feature_unavailable", QuotaExceeded, false, 402, "This feature is not available on your plan."),
        new("account_payment_required", QuotaExceeded, false, 402, "Payment is required."),
        new("account_on_hold", PermissionDenied, false, 403, "The account is on hold."),
        new("voice_clone_limit_reached", QuotaExceeded, false, 402, "The voice clone limit is reached."),
        new("elevenlabs_quota_exceeded", QuotaExceeded, false, 402, "The ElevenLabs quota is exceeded."),
        new("file_size_exceeds_plan_limit", QuotaExceeded, false, 422, "The file is larger than your plan allows."),
        new("elevenlabs_api_key_invalid", Authentication, false, 401, "The ElevenLabs API key is invalid."),

        // Limits that clear by waiting.
        new("rate_limit_exceeded", RateLimited, true, 429, "Rate limit exceeded. Please try again later."),
        new("concurrency_limit_reached", RateLimited, true, 429, "Concurrency limit reached: wait for a running generation to finish."),

        // Resources and state.
        new("generation_not_found", NotFound, false, 404, "Generation not found."),
        new("project_not_found", NotFound, false, 404, "Project not found."),
        new("asset_not_found", NotFound, false, 404, "Asset not found."),
        new("uploaded_file_not_found", NotFound, false, 404, "The uploaded file was not found."),
        new("voice_not_found", NotFound, false, 404, "Voice not found."),
        new("asset_forbidden", PermissionDenied, false, 403, "Access to the asset is not allowed."),
        new("file_not_in_org_storage", PermissionDenied, false, 403, "The file is not in your organization's storage."),
        new("invalid_generation_id", InvalidRequest, false, 400, "The generation id is invalid."),
        new("unsupported_generation_id_format", InvalidRequest, false, 400, "The generation id format is not supported."),
        new("invalid_asset_id_format", InvalidRequest, false, 400, "The asset id format is invalid."),
        new("generation_not_deletable_while_processing", Conflict, false, 409, "A generation cannot be deleted while it is processing."),
        new("generation_conflict", Conflict, false, 409, "The generation is in a conflicting state."),

        // Voices.
        new("voice_sample_not_accessible", InvalidMedia, false, 400, "The voice sample could not be accessed."),
        new("voice_sample_type_unsupported", InvalidMedia, false, 400, "The voice sample type is not supported."),
        new("voice_sample_upload_required", InvalidRequest, false, 400, "A voice sample upload is required."),
        new("voice_sample_extraction_failed", InvalidMedia, false, 400, "The voice sample could not be extracted."),
        new("voice_sample_source_too_large", InvalidMedia, false, 400, "The voice sample source is too large."),
        new("voice_sample_too_short", InvalidMedia, false, 400, "The voice sample is too short."),
        new("voice_sample_invalid", InvalidMedia, false, 400, "The voice sample is invalid."),
        new("voice_name_conflict", Conflict, false, 409, "A voice with this name already exists."),
        new("voice_clone_busy", Conflict, true, 409, "A voice clone is already in progress; try again when it finishes."),

        // Sync's side: timeouts, capacity, internal errors.
        new("generation_timeout", LipSyncErrorKind.Timeout, true, 500, "The generation process exceeded the maximum allowed time."),
        new("generation_media_probe_timeout", LipSyncErrorKind.Timeout, true, 504, "Probing the media timed out."),
        new("controller_timeout", LipSyncErrorKind.Timeout, true, 504, "The controller timed out."),
        new("generation_pipeline_failed", ServerError, true, 500, "An error occurred in the generation pipeline."),
        new("generation_database_error", ServerError, true, 500, "An error occurred while accessing the database."),
        new("generation_internal_auth", ServerError, false, 500, "Authentication failed for internal generation service."),
        new("generation_unhandled_error", ServerError, true, 500, "An unexpected error occurred during the generation process."),
        new("generation_unknown_error", ServerError, true, 500, "An unknown error occurred during the generation process."),
        new("generation_infra_storage_error", ServerError, true, 500, "An error occurred while accessing the storage on infra layer."),
        new("controller_dependency_error", ServerError, true, 502, "A dependency of the controller failed."),
        new("internal_error", ServerError, true, 500, "Internal server error."),
        new("generation_infra_resource_exhausted", ServiceUnavailable, true, 503, "The infra resources are exhausted."),
        new("generation_infra_service_unavailable", ServiceUnavailable, true, 503, "The infra service is unavailable."),
        new("generation_media_probe_unavailable", ServiceUnavailable, true, 503, "The media probe service is unavailable."),
        new("controller_unavailable", ServiceUnavailable, true, 503, "The controller is unavailable."),
        new("elevenlabs_service_unavailable", ServiceUnavailable, true, 503, "The text-to-speech provider is unavailable."),
        new("usage_dependency_unavailable", ServiceUnavailable, true, 503, "The usage service is unavailable."),

        // Idempotency (guides/idempotency). An unknown keyed outcome is retried with the same key.
        new("INVALID_IDEMPOTENCY_KEY", InvalidRequest, false, 400, "The Idempotency-Key header is invalid."),
        new("IDEMPOTENCY_OUTCOME_UNKNOWN", ServiceUnavailable, true, 503, "The outcome of the keyed request is unknown; retry with the same key."),

        // Batch API.
        new("batch_concurrency_limit_reached", RateLimited, true, 429, "Batch concurrency limit reached."),
        new("batch_plan_required", QuotaExceeded, false, 402, "This endpoint is only available for scale and enterprise plans. Please upgrade your plan."),
        new("batch_file_too_large", InvalidRequest, false, 400, "File size exceeds the maximum limit of 5MB."),
        new("batch_too_many_requests", InvalidRequest, false, 400, "Number of records exceeds the maximum limit."),
        new("batch_insufficient_records", InvalidRequest, false, 400, "Input file must contain at least 20 records."),
        new("batch_invalid_jsonl", InvalidRequest, false, 400, "Invalid JSON in the batch file."),
        new("batch_duplicate_request_id", InvalidRequest, false, 400, "Duplicate request_id found in the batch file."),
        new("batch_invalid_endpoint", InvalidRequest, false, 400, "Invalid endpoint specified. Only '/v2/generate' is supported."),
    ]);
}
