using System.Text.RegularExpressions;
using LipSync.Sdk.Providers.Chamelaion;

namespace LipSync.Sdk.Tests.Chamelaion;

/// <summary>
/// Every message of Chamelaion's error-handling guide (the seed, copied to TestData) is in the catalogue and maps,
/// through FromResponse, to the documented meaning.
/// </summary>
public sealed partial class ChamelaionErrorCatalogTests
{
    private const string Provider = "chamelaion";

    /// <summary>(status, message) pairs read from the seed: backticked table cells and <c>"error": "..."</c> examples, per "## NNN —" section.</summary>
    public static TheoryData<int, string> SeedMessages()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "chamelaion-error-handling.txt"));
        var data = new TheoryData<int, string>();
        var seen = new HashSet<string>();
        foreach (Match section in StatusSection().Matches(text))
        {
            var status = int.Parse(section.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var body = section.Groups[2].Value;
            foreach (var message in TableCell().Matches(body).Select(m => m.Groups[1].Value)
                .Concat(ErrorExample().Matches(body).Select(m => m.Groups[1].Value)))
            {
                if (seen.Add($"{status} {message}"))
                {
                    data.Add(status, message);
                }
            }
        }

        return data;
    }

    public static TheoryData<string> CatalogueRows()
    {
        var data = new TheoryData<string>();
        foreach (var row in ChamelaionErrorCatalog.Catalog.Entries)
        {
            data.Add(row.Code);
        }

        return data;
    }

    [Fact]
    public void Seed_lists_seventeen_messages_under_six_statuses()
    {
        // Guards the extraction itself: 9 × 400, 4 × 401, and one each for 404, 412, 429 and 500.
        var rows = SeedMessages().Select(r => ((int)r[0], (string)r[1])).ToList();
        rows.Should().HaveCount(17);
        rows.GroupBy(r => r.Item1).Select(g => (g.Key, g.Count())).Should().BeEquivalentTo(
            [(400, 9), (401, 4), (404, 1), (412, 1), (429, 1), (500, 1)]);
    }

    [Theory]
    [MemberData(nameof(SeedMessages))]
    public void Every_seed_message_is_catalogued_under_its_status(int status, string message)
    {
        var row = ChamelaionErrorCatalog.Match(status, message);

        row.Should().NotBeNull($"\"{message}\" is documented for HTTP {status}");
        row!.Status.Should().Be(status);
        row.Message.Should().Be(message);
        row.Code.Should().Be(ChamelaionErrorCatalog.CodeFor(message));
    }

    [Theory]
    [MemberData(nameof(SeedMessages))]
    public void Every_seed_message_classifies_through_FromResponse(int status, string message)
    {
        var row = ChamelaionErrorCatalog.Match(status, message)!;
        var error = LipSyncErrors.FromResponse(Provider, status, $$"""{"error": {{System.Text.Json.JsonSerializer.Serialize(message)}}}""");

        error.Kind.Should().Be(row.Kind);
        error.IsRetryable.Should().Be(row.IsRetryable);
        error.ErrorCode.Should().Be(row.Code);
        error.StatusCode.Should().Be(status);
        error.Provider.Should().Be(Provider);
        error.Message.Should().Contain(message);
    }

    [Theory]
    [MemberData(nameof(CatalogueRows))]
    public void Catalogue_row_codes_are_stable_slugs_of_their_messages(string code)
    {
        var row = ChamelaionErrorCatalog.Catalog.Entries.Single(r => r.Code == code);
        code.Should().MatchRegex("^[a-z0-9]+(_[a-z0-9]+)*$");
        code.Should().Be(ChamelaionErrorCatalog.CodeFor(row.Message));
    }

    [Theory]
    [MemberData(nameof(CatalogueRows))]
    public void Catalogue_row_matches_case_insensitively_and_with_a_detail_suffix(string code)
    {
        var row = ChamelaionErrorCatalog.Catalog.Entries.Single(r => r.Code == code);
        if (row.Status is not { } status)
        {
            ChamelaionErrorCatalog.MatchJobFailure(row.Message.ToUpperInvariant()).Should().Be(row);
            ChamelaionErrorCatalog.MatchJobFailure(row.Message + ": HTTP 403 from origin").Should().Be(row);
            return;
        }

        foreach (var message in new[] { row.Message.ToUpperInvariant(), "  " + row.Message + ".", row.Message + ": unexpected EOF" })
        {
            var error = LipSyncErrors.FromResponse(Provider, status, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message }));
            error.ErrorCode.Should().Be(code, $"'{message}' is the documented message with cosmetic differences");
            error.Kind.Should().Be(row.Kind);
        }
    }

    [Theory]
    [MemberData(nameof(CatalogueRows))]
    public void A_message_under_an_undocumented_status_falls_back_to_that_status(string code)
    {
        var row = ChamelaionErrorCatalog.Catalog.Entries.Single(r => r.Code == code);
        if (row.Status is null)
        {
            // Messages documented without a status (the media-access ones) keep their meaning under any error status.
            LipSyncErrors.FromResponse(Provider, 418, $$"""{"error":"{{row.Message}}"}""").Kind.Should().Be(row.Kind);
            return;
        }

        // 418 is no Chamelaion status: the generic rule for a 4xx decides, and no code is claimed.
        var error = LipSyncErrors.FromResponse(Provider, 418, $$"""{"error":"{{row.Message.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}""");
        error.Kind.Should().Be(LipSyncErrorKind.InvalidRequest);
        error.ErrorCode.Should().BeNull();
        error.Message.Should().Contain(row.Message);
    }

    // The meaning of each documented case, stated independently of the catalogue.
    [Theory]
    [InlineData(400, "invalid request body", LipSyncErrorKind.InvalidRequest, false, "invalid_request_body")]
    [InlineData(400, "content-type must be application/json", LipSyncErrorKind.InvalidRequest, false, "content_type_must_be_application_json")]
    [InlineData(400, "expected exactly one video input", LipSyncErrorKind.InvalidRequest, false, "expected_exactly_one_video_input")]
    [InlineData(400, "expected exactly one audio input", LipSyncErrorKind.InvalidRequest, false, "expected_exactly_one_audio_input")]
    [InlineData(400, "input type must be \"video\" or \"audio\"", LipSyncErrorKind.InvalidRequest, false, "input_type_must_be_video_or_audio")]
    [InlineData(400, "content-type must be multipart/form-data", LipSyncErrorKind.InvalidRequest, false, "content_type_must_be_multipart_form_data")]
    [InlineData(400, "video file is required", LipSyncErrorKind.InvalidMedia, false, "video_file_is_required")]
    [InlineData(400, "audio file is required", LipSyncErrorKind.InvalidMedia, false, "audio_file_is_required")]
    [InlineData(400, "model must be \"lipsync-2\"", LipSyncErrorKind.InvalidRequest, false, "model_must_be_lipsync_2")]
    [InlineData(401, "missing authorization header", LipSyncErrorKind.Authentication, false, "missing_authorization_header")]
    [InlineData(401, "invalid authorization format", LipSyncErrorKind.Authentication, false, "invalid_authorization_format")]
    [InlineData(401, "missing token", LipSyncErrorKind.Authentication, false, "missing_token")]
    [InlineData(401, "invalid token", LipSyncErrorKind.Authentication, false, "invalid_token")]
    [InlineData(401, "unauthorized", LipSyncErrorKind.Authentication, false, "unauthorized")]
    [InlineData(404, "lipsync request not found", LipSyncErrorKind.NotFound, false, "lipsync_request_not_found")]
    [InlineData(412, "token limit reached", LipSyncErrorKind.QuotaExceeded, false, "token_limit_reached")]
    [InlineData(429, "rate limit exceeded", LipSyncErrorKind.RateLimited, true, "rate_limit_exceeded")]
    [InlineData(500, "internal error", LipSyncErrorKind.ServerError, true, "internal_error")]
    public void Documented_meaning(int status, string message, LipSyncErrorKind kind, bool retryable, string code)
    {
        var error = LipSyncErrors.FromResponse(Provider, status, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message }));
        error.Kind.Should().Be(kind);
        error.IsRetryable.Should().Be(retryable);
        error.ErrorCode.Should().Be(code);
        error.Should().BeAssignableTo(ErrorKindTypes.For(kind));
    }

    [Fact]
    public void Token_limit_is_a_quota_error_that_is_not_retried()
    {
        var error = LipSyncErrors.FromResponse(Provider, 412, """{ "error": "token limit reached" }""");
        error.Should().BeOfType<LipSyncQuotaExceededException>();
        error.IsRetryable.Should().BeFalse();
        error.Message.Should().Be("chamelaion: token limit reached (HTTP 412)");
    }

    [Theory]
    [InlineData(400, LipSyncErrorKind.InvalidRequest, false)]
    [InlineData(401, LipSyncErrorKind.Authentication, false)]
    [InlineData(404, LipSyncErrorKind.NotFound, false)]
    [InlineData(412, LipSyncErrorKind.QuotaExceeded, false)] // Chamelaion's 412 has one documented meaning.
    [InlineData(429, LipSyncErrorKind.RateLimited, true)]
    [InlineData(500, LipSyncErrorKind.ServerError, true)]
    [InlineData(502, LipSyncErrorKind.ServerError, true)]
    [InlineData(503, LipSyncErrorKind.ServiceUnavailable, true)]
    public void Unknown_message_falls_back_to_the_status(int status, LipSyncErrorKind kind, bool retryable)
    {
        var error = LipSyncErrors.FromResponse(Provider, status, """{"error":"something Chamelaion never documented"}""");
        error.Kind.Should().Be(kind);
        error.IsRetryable.Should().Be(retryable);
        error.ErrorCode.Should().BeNull();
        error.Message.Should().Contain("something Chamelaion never documented");
    }

    [Fact]
    public void Substrings_do_not_match_short_messages()
    {
        // "unauthorized" must not claim a longer unrelated message that merely contains it.
        var error = LipSyncErrors.FromResponse(Provider, 401, """{"error":"proxy says: unauthorized upstream"}""");
        error.ErrorCode.Should().BeNull();
        error.Kind.Should().Be(LipSyncErrorKind.Authentication);
    }

    [Fact]
    public void Retry_after_header_is_kept_on_a_rate_limit()
    {
        var error = LipSyncErrors.FromResponse(Provider, 429, """{"error":"rate limit exceeded"}""", [new("Retry-After", ["12"])]);
        error.Should().BeOfType<LipSyncRateLimitException>();
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(12));
    }


    // "## NNN —" starts a status section; "### " subsections (URL-based / file upload) stay inside it.
    [GeneratedRegex(@"(?<!#)## (\d{3}) —(.*?)(?=(?<!#)## |$)", RegexOptions.Singleline)]
    private static partial Regex StatusSection();

    [GeneratedRegex(@"\| `([^`]+)` \|")]
    private static partial Regex TableCell();

    [GeneratedRegex(@"""error"": ""([^""]+)""")]
    private static partial Regex ErrorExample();
}
