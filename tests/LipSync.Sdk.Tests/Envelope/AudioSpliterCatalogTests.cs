using System.Text.RegularExpressions;
using LipSync.Sdk.Providers.AudioSpliter;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>Every AudioSpliter code of the seed (plus RATE_LIMITED) is catalogued and maps through FromResponse with the nested envelope.</summary>
public sealed partial class AudioSpliterCatalogTests
{
    public static TheoryData<string> SeedCodes()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "audiospliter-error-codes.txt"));
        var data = new TheoryData<string>();
        foreach (var code in SeedCode().Matches(text).Select(m => m.Groups[1].Value).Distinct())
        {
            data.Add(code);
        }

        return data;
    }

    public static TheoryData<string> CatalogueRows()
    {
        var data = new TheoryData<string>();
        foreach (var row in AudioSpliterErrorCatalog.Entries)
        {
            data.Add(row.Code);
        }

        return data;
    }

    [Fact]
    public void Seed_lists_twenty_one_codes_and_the_catalogue_adds_rate_limited()
    {
        var seed = SeedCodes().Cast<object[]>().Select(r => (string)r[0]).ToList();
        seed.Should().HaveCount(21);
        AudioSpliterErrorCatalog.Entries.Select(e => e.Code).Should().BeEquivalentTo(seed.Append("RATE_LIMITED"));
    }

    [Theory]
    [MemberData(nameof(SeedCodes))]
    public void Every_seed_code_is_catalogued_with_its_documented_description(string code)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "audiospliter-error-codes.txt"));
        var entry = AudioSpliterErrorCatalog.Entries.Single(e => e.Code == code);
        text.Should().Contain(code + entry.Message, "the default message is the reference's description");
    }

    [Theory]
    [MemberData(nameof(CatalogueRows))]
    public void Catalogue_row_maps_by_code_not_by_status(string code)
    {
        var row = AudioSpliterErrorCatalog.Entries.Single(e => e.Code == code);
        var body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"detail for " + code + "\",\"status\":418,\"details\":{}}}";

        var error = LipSyncErrors.FromResponse("audiospliter", 418, body);

        error.Kind.Should().Be(row.Kind);
        error.IsRetryable.Should().Be(row.IsRetryable);
        error.ErrorCode.Should().Be(code);
        error.Provider.Should().Be("audiospliter");
        error.StatusCode.Should().Be(418);
        error.Message.Should().Contain($"detail for {code}");
        error.Should().BeAssignableTo(ErrorKindTypes.For(row.Kind));
    }

    // The meaning of each code as the reference groups and describes it, stated independently of the catalogue.
    [Theory]
    [InlineData("UNAUTHORIZED", LipSyncErrorKind.Authentication)]
    [InlineData("TOKEN_EXPIRED", LipSyncErrorKind.Authentication)]
    [InlineData("KEY_REVOKED", LipSyncErrorKind.Authentication)]
    [InlineData("INSUFFICIENT_SCOPE", LipSyncErrorKind.PermissionDenied)]
    [InlineData("INVALID_PARAMS", LipSyncErrorKind.InvalidRequest)]
    [InlineData("INVALID_FORMAT", LipSyncErrorKind.InvalidMedia)]
    [InlineData("INVALID_URL", LipSyncErrorKind.InvalidMedia)]
    [InlineData("DURATION_TOO_SHORT", LipSyncErrorKind.InvalidRequest)]
    [InlineData("DURATION_TOO_LONG", LipSyncErrorKind.InvalidRequest)]
    [InlineData("JOB_NOT_FOUND", LipSyncErrorKind.NotFound)]
    [InlineData("JOB_ALREADY_PROCESSING", LipSyncErrorKind.Conflict)]
    [InlineData("JOB_FAILED", LipSyncErrorKind.GenerationFailed)]
    [InlineData("DOWNLOAD_EXPIRED", LipSyncErrorKind.NotFound)]
    [InlineData("QUOTA_EXCEEDED", LipSyncErrorKind.QuotaExceeded)]
    [InlineData("PAYMENT_REQUIRED", LipSyncErrorKind.QuotaExceeded)]
    [InlineData("PLAN_NOT_FOUND", LipSyncErrorKind.NotFound)]
    [InlineData("ALREADY_SUBSCRIBED", LipSyncErrorKind.Conflict)]
    [InlineData("FILE_TOO_LARGE", LipSyncErrorKind.InvalidMedia)]
    [InlineData("UNSUPPORTED_FORMAT", LipSyncErrorKind.InvalidMedia)]
    [InlineData("CORRUPT_FILE", LipSyncErrorKind.InvalidMedia)]
    [InlineData("DOWNLOAD_FAILED", LipSyncErrorKind.InvalidMedia)]
    [InlineData("RATE_LIMITED", LipSyncErrorKind.RateLimited)]
    public void Documented_meaning(string code, LipSyncErrorKind kind)
    {
        var error = LipSyncErrors.FromResponse("audiospliter", 500, "{\"error\":{\"code\":\"" + code + "\"}}");
        error.Kind.Should().Be(kind);
        error.IsRetryable.Should().Be(kind == LipSyncErrorKind.RateLimited, "only the rate limit clears by waiting");
    }

    [Fact]
    public void Documented_rate_limit_body_gives_retry_after_from_the_body()
    {
        var error = LipSyncErrors.FromResponse("audiospliter", 429,
            """{ "error": { "code": "RATE_LIMITED", "message": "Rate limit exceeded. Retry after 32 seconds.", "status": 429, "retryAfter": 32 } }""");

        error.Should().BeOfType<LipSyncRateLimitException>();
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(32));
        error.IsRetryable.Should().BeTrue();
        error.Message.Should().Contain("Retry after 32 seconds.");
    }

    [Fact]
    public void Retry_after_header_wins_over_the_body()
    {
        var error = LipSyncErrors.FromResponse("audiospliter", 429, """{"error":{"code":"RATE_LIMITED","retryAfter":32}}""", [new("Retry-After", ["5"])]);
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Documented_details_fields_become_field_errors()
    {
        var error = LipSyncErrors.FromResponse("audiospliter", 422, """
            { "error": { "code": "INVALID_PARAMS", "message": "Validation failed", "status": 422,
              "details": { "fields": [
                { "field": "segmentDuration", "message": "Must be a positive integer" },
                { "field": "outputFormat", "message": "Must be one of: mp3, wav, flac, ogg, aac" } ] } } }
            """);

        var validation = error.Should().BeOfType<LipSyncValidationException>().Subject;
        validation.FieldErrors.Should().Equal(
            new LipSyncFieldError("segmentDuration", "Must be a positive integer"),
            new LipSyncFieldError("outputFormat", "Must be one of: mp3, wav, flac, ogg, aac"));
        validation.Message.Should().Contain("Validation failed");
    }

    [Theory]
    [InlineData("""{"error":{"code":"INVALID_PARAMS","details":{"fields":[{"field":"a","message":"bad a"},{"field":"b","mess""", 1)]
    [InlineData("""{"error":{"code":"INVALID_PARAMS","details":{"fields":"not an array"}}}""", 0)]
    [InlineData("""{"error":{"code":"INVALID_PARAMS","details":{"fields":[42, null, "plain message", {"x":1}, [1,2]]}}}""", 1)]
    [InlineData("""{"error":{"code":"INVALID_PARAMS","details":[]}}""", 0)]
    [InlineData("""{"error":{"code":"INVALID_PARAMS","details":{"other":{"fields":[{"field":"deep","message":"no"}]},"fields":[{"message":"top"}]}}}""", 1)]
    public void Odd_field_lists_never_break_classification(string body, int expected)
    {
        var error = LipSyncErrors.FromResponse("audiospliter", 422, body);

        var validation = error.Should().BeOfType<LipSyncValidationException>().Subject;
        validation.FieldErrors.Should().HaveCount(expected);
        validation.ErrorCode.Should().Be("INVALID_PARAMS");
    }

    [Fact]
    public void Unknown_code_uses_the_http_status_and_a_2xx_uses_the_body_status()
    {
        LipSyncErrors.FromResponse("audiospliter", 503, """{"error":{"code":"MAINTENANCE","message":"Down","status":503}}""")
            .Kind.Should().Be(LipSyncErrorKind.ServiceUnavailable);
        LipSyncErrors.FromResponse("audiospliter", 200, """{"error":{"code":"MAINTENANCE","message":"Down","status":503}}""")
            .Kind.Should().Be(LipSyncErrorKind.ServiceUnavailable);
    }

    // Code and description are run together ("UNAUTHORIZEDMissing or invalid..."); two descriptions start with an acronym.
    [GeneratedRegex(@"^([A-Z][A-Z_]+[A-Z])(?=[A-Z][a-z]|(?:JWT|API) )", RegexOptions.Multiline)]
    private static partial Regex SeedCode();
}
