using System.Text.RegularExpressions;
using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk.Tests.Errors;

/// <summary>Every Sync code is in the catalogue and maps, through FromResponse, to the documented meaning.</summary>
public sealed partial class SyncErrorCatalogTests
{
    // The 62 codes of GET /v2/errors (2026-08-25), as listed in the provider notes (sync.md §8.4).
    private const string ErrorsEndpointCodes =
        "generation_unsupported_model, generation_pipeline_failed, generation_unknown_error, generation_input_validation_failed, " +
        "generation_infra_storage_error, generation_infra_resource_exhausted, generation_infra_service_unavailable, " +
        "generation_input_video_inaccessible, generation_input_audio_inaccessible, generation_input_image_inaccessible, " +
        "generation_input_video_invalid, generation_input_audio_invalid, generation_input_segments_invalid, " +
        "generation_input_trim_invalid, generation_input_face_selection_invalid, generation_input_resolution_unsupported, " +
        "generation_input_duration_greater_than_max_duration, generation_model_duration_exceeded, generation_plan_duration_exceeded, " +
        "dubbing_duration_exceeded, free_tier_generations_exhausted, plan_feature_unavailable, account_payment_required, " +
        "account_on_hold, voice_clone_limit_reached, elevenlabs_quota_exceeded, generation_input_asset_type_mismatch, " +
        "generation_input_too_many_visual, generation_input_dub_audio_conflict, concurrency_limit_reached, rate_limit_exceeded, " +
        "generation_not_deletable_while_processing, invalid_generation_id, unsupported_generation_id_format, generation_not_found, " +
        "generation_conflict, generation_media_probe_timeout, generation_media_probe_unavailable, controller_timeout, " +
        "controller_unavailable, controller_dependency_error, internal_error, project_not_found, asset_not_found, asset_forbidden, " +
        "invalid_asset_id_format, uploaded_file_not_found, file_not_in_org_storage, file_size_exceeds_plan_limit, voice_not_found, " +
        "voice_sample_not_accessible, voice_sample_type_unsupported, voice_sample_upload_required, voice_sample_extraction_failed, " +
        "voice_sample_source_too_large, voice_sample_too_short, voice_sample_invalid, voice_name_conflict, voice_clone_busy, " +
        "elevenlabs_api_key_invalid, elevenlabs_service_unavailable, usage_dependency_unavailable";

    public static TheoryData<string> SeedCodes()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "sync-error-reference.txt"));
        var data = new TheoryData<string>();
        foreach (var code in SeedCodePattern().Matches(text).Select(m => m.Groups[1].Value).Distinct())
        {
            data.Add(code);
        }

        return data;
    }

    public static TheoryData<string> EndpointCodes()
    {
        var data = new TheoryData<string>();
        foreach (var code in ErrorsEndpointCodes.Split(", "))
        {
            data.Add(code);
        }

        data.Add("INVALID_IDEMPOTENCY_KEY");
        data.Add("IDEMPOTENCY_OUTCOME_UNKNOWN");
        return data;
    }

    public static TheoryData<string> CatalogueRows()
    {
        var data = new TheoryData<string>();
        foreach (var row in SyncErrorCatalog.Catalog.Entries)
        {
            data.Add(row.Code);
        }

        return data;
    }

    [Fact]
    public void Seed_document_lists_all_its_codes()
    {
        // Guards the extraction itself: the Sync error reference documents 24 codes.
        SeedCodes().Cast<object[]>().Count().Should().Be(24);
        EndpointCodes().Cast<object[]>().Count().Should().Be(64);
    }

    [Theory]
    [MemberData(nameof(SeedCodes))]
    public void Every_code_of_the_error_reference_is_catalogued(string code) => Every_documented_code_is_catalogued(code);

    [Theory]
    [MemberData(nameof(EndpointCodes))]
    public void Every_code_of_the_errors_endpoint_is_catalogued(string code) => Every_documented_code_is_catalogued(code);

    private static void Every_documented_code_is_catalogued(string code)
    {
        SyncErrorCatalog.Catalog.TryGet(code, out var entry).Should().BeTrue($"{code} is documented by Sync");
        entry!.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(CatalogueRows))]
    public void Catalogue_row_maps_by_code_not_by_status(string code)
    {
        SyncErrorCatalog.Catalog.TryGet(code, out var row).Should().BeTrue();

        // Sync sends the code in errorCode; a misleading status (418) must not change the outcome.
        var body = $$"""{"statusCode":418,"message":"detail for {{code}}","errorCode":"{{code}}","error":"I'm a teapot"}""";
        var error = LipSyncErrors.FromResponse("sync", 418, body);

        error.Kind.Should().Be(row!.Kind);
        error.IsRetryable.Should().Be(row.IsRetryable);
        error.ErrorCode.Should().Be(code);
        error.Provider.Should().Be("sync");
        error.StatusCode.Should().Be(418);
        error.Message.Should().Contain($"detail for {code}");
        error.Should().BeAssignableTo(ErrorKindTypes.For(row.Kind));
    }

    [Theory]
    [InlineData("error_code")]
    [InlineData("errorCode")]
    [InlineData("code")]
    public void Code_is_read_from_every_spelling(string field)
    {
        var error = LipSyncErrors.FromResponse("sync", 400, $$"""{"{{field}}":"generation_timeout","message":"slow"}""");
        error.Kind.Should().Be(LipSyncErrorKind.Timeout);
        error.IsRetryable.Should().BeTrue();
    }

    // The meaning of each code as Sync documents it, stated independently of the catalogue.
    [Theory]
    [InlineData("rate_limit_exceeded", LipSyncErrorKind.RateLimited, true)]
    [InlineData("concurrency_limit_reached", LipSyncErrorKind.RateLimited, true)]
    [InlineData("batch_concurrency_limit_reached", LipSyncErrorKind.RateLimited, true)]
    [InlineData("generation_timeout", LipSyncErrorKind.Timeout, true)]
    [InlineData("generation_database_error", LipSyncErrorKind.ServerError, true)]
    [InlineData("generation_internal_auth", LipSyncErrorKind.ServerError, false)]
    [InlineData("generation_infra_resource_exhausted", LipSyncErrorKind.ServiceUnavailable, true)]
    [InlineData("generation_infra_service_unavailable", LipSyncErrorKind.ServiceUnavailable, true)]
    [InlineData("IDEMPOTENCY_OUTCOME_UNKNOWN", LipSyncErrorKind.ServiceUnavailable, true)]
    [InlineData("elevenlabs_service_unavailable", LipSyncErrorKind.ServiceUnavailable, true)]
    [InlineData("INVALID_IDEMPOTENCY_KEY", LipSyncErrorKind.InvalidRequest, false)]
    [InlineData("generation_audio_length_exceeded", LipSyncErrorKind.InvalidMedia, false)]
    [InlineData("generation_media_metadata_missing", LipSyncErrorKind.InvalidMedia, false)]
    [InlineData("generation_video_missing", LipSyncErrorKind.InvalidMedia, false)]
    [InlineData("generation_input_video_inaccessible", LipSyncErrorKind.InvalidMedia, false)]
    [InlineData("generation_text_length_exceeded", LipSyncErrorKind.InvalidRequest, false)]
    [InlineData("batch_plan_required", LipSyncErrorKind.QuotaExceeded, false)]
    [InlineData("free_tier_generations_exhausted", LipSyncErrorKind.QuotaExceeded, false)]
    [InlineData("account_on_hold", LipSyncErrorKind.PermissionDenied, false)]
    [InlineData("batch_duplicate_request_id", LipSyncErrorKind.InvalidRequest, false)]
    [InlineData("generation_not_found", LipSyncErrorKind.NotFound, false)]
    [InlineData("generation_conflict", LipSyncErrorKind.Conflict, false)]
    public void Documented_meaning(string code, LipSyncErrorKind kind, bool retryable)
    {
        var error = LipSyncErrors.FromResponse("sync", 500, $$"""{"errorCode":"{{code}}"}""");
        error.Kind.Should().Be(kind);
        error.IsRetryable.Should().Be(retryable);
    }

    [Fact]
    public void Literal_rate_limit_body_from_the_docs()
    {
        var error = LipSyncErrors.FromResponse("sync", 429,
            """{ "statusCode": 429, "errorCode": "rate_limit_exceeded", "message": "Rate limit exceeded. Please try again later.", "error": "Too Many Requests" }""",
            [new("Retry-After", ["7"])]);

        error.Should().BeOfType<LipSyncRateLimitException>();
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        error.Message.Should().Contain("Rate limit exceeded. Please try again later.");
    }

    [Fact]
    public void Validation_message_array_becomes_field_errors()
    {
        var error = LipSyncErrors.FromResponse("sync", 400,
            """{"statusCode":400,"message":["input.0.url must be a URL address","model should not be empty"],"error":"Bad Request"}""");

        var validation = error.Should().BeOfType<LipSyncValidationException>().Subject;
        validation.FieldErrors.Select(f => f.Field).Should().Equal("input.0.url", "model");
        validation.Message.Should().Contain("input.0.url must be a URL address; model should not be empty");
    }


    [GeneratedRegex("([a-z_]+)Message:")]
    private static partial Regex SeedCodePattern();
}
