using System.Globalization;
using System.Text.RegularExpressions;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.HeyGen;

/// <summary>
/// Every code and message of HeyGen's error reference (the seed, copied to TestData) is catalogued, and every
/// catalogue row maps through FromResponse to its meaning in every body shape that can carry it, whatever the status.
/// </summary>
public sealed partial class HeyGenErrorCatalogTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "heygen-error-reference.txt"));

    public static TheoryData<string> SeedNumericCodes()
    {
        var data = new TheoryData<string>();
        foreach (var code in ReferenceRows().Select(r => r.Number).Concat(StreamingRows().Select(r => r.Number)))
        {
            data.Add(code);
        }

        return data;
    }

    public static TheoryData<string, string> SeedNamedCodes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (number, name) in ReferenceRows())
        {
            data.Add(name, number);
        }

        return data;
    }

    public static TheoryData<string, string, int> SeedContextMessages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (Match row in ContextRowPattern().Matches(Seed))
        {
            // The seed escapes markdown ("\{url}", "video\_asset\_id"); a placeholder gets a sample value.
            var message = row.Groups[2].Value.Trim().Replace("\\", string.Empty, StringComparison.Ordinal);
            message = PlaceholderPattern().Replace(message, "sample-123");
            data.Add(row.Groups[1].Value.Trim(), message, int.Parse(row.Groups[3].Value, CultureInfo.InvariantCulture));
        }

        return data;
    }

    public static TheoryData<string, HeyGenErrorShape> CatalogueRowsInEveryShape()
    {
        var data = new TheoryData<string, HeyGenErrorShape>();
        foreach (var row in HeyGenErrorCatalog.Catalog.Entries.Where(r => r.Code != "internal_error"))
        {
            var numeric = row.Code.All(char.IsAsciiDigit);

            // Numbers travel in legacy and v2 bodies; names and snake_case codes in v2 and v3 string codes.
            foreach (var shape in numeric ? new[] { HeyGenErrorShape.Legacy, HeyGenErrorShape.V2 } : [HeyGenErrorShape.V2, HeyGenErrorShape.V3])
            {
                data.Add(row.Code, shape);
            }
        }

        return data;
    }

    [Fact]
    public void Seed_extraction_finds_every_row()
    {
        // Guards the extraction: 100 reference rows + 11 streaming rows = 111 numeric codes; 9 context messages.
        ReferenceRows().Should().HaveCount(100);
        StreamingRows().Should().HaveCount(11);
        SeedNumericCodes().Cast<object[]>().Count().Should().Be(111);
        SeedNumericCodes().Cast<object[]>().Select(r => (string)r[0]).Should().OnlyHaveUniqueItems();
        SeedContextMessages().Cast<object[]>().Count().Should().Be(9);
    }

    [Theory]
    [MemberData(nameof(SeedNumericCodes))]
    public void Every_numeric_code_of_the_reference_is_catalogued(string code)
    {
        HeyGenErrorCatalog.Catalog.TryGet(code, out var entry).Should().BeTrue($"{code} is documented by HeyGen");
        entry!.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(SeedNamedCodes))]
    public void Every_enum_name_is_catalogued_with_its_numbers_meaning(string name, string number)
    {
        HeyGenErrorCatalog.Catalog.TryGet(name, out var byName).Should().BeTrue($"{name} is documented by HeyGen");
        HeyGenErrorCatalog.Catalog.TryGet(number, out var byNumber).Should().BeTrue();
        byName!.Kind.Should().Be(byNumber!.Kind);
        byName.IsRetryable.Should().Be(byNumber.IsRetryable);
    }

    [Theory]
    [MemberData(nameof(SeedContextMessages))]
    public void Every_context_specific_message_is_classified_by_its_text(string scenario, string message, int status)
    {
        var rule = HeyGenMessageRules.Match(message);
        rule.Should().NotBeNull($"'{scenario}' documents '{message}'");

        // Without a code, and with v2's catch-all code, the message decides; the status is the documented one.
        foreach (var body in new[]
        {
            HeyGenErrorBodies.CreateText(HeyGenErrorShape.V3, "error", message),
            HeyGenErrorBodies.CreateText(HeyGenErrorShape.V2, "internal_error", message),
            $$"""{"message":"{{message}}"}""",
        })
        {
            var error = LipSyncErrors.FromResponse("heygen", status, body);
            error.Kind.Should().Be(rule!.Kind, body);
            error.Message.Should().Contain(message);
        }
    }

    // The meaning of each context message, stated independently of the rules table.
    [Theory]
    [InlineData("Video width or height must be smaller than 4096 and larger than 128", 400, LipSyncErrorKind.InvalidRequest)]
    [InlineData("Video width and height must be even number", 400, LipSyncErrorKind.InvalidRequest)]
    [InlineData("not a valid URL: htp:/x", 400, LipSyncErrorKind.InvalidRequest)]
    [InlineData("either url or video_asset_id needs to be provided", 400, LipSyncErrorKind.InvalidRequest)]
    [InlineData("Video asset not found: a1b2", 404, LipSyncErrorKind.NotFound)]
    [InlineData("Voice not found: v-9", 400, LipSyncErrorKind.NotFound)]
    [InlineData("TTS voice must be provided with text voice settings", 400, LipSyncErrorKind.InvalidRequest)]
    [InlineData("Resource access denied", 403, LipSyncErrorKind.PermissionDenied)]
    [InlineData("Please upgrade your plan to generate 4K videos", 400, LipSyncErrorKind.QuotaExceeded)]
    public void Context_message_meaning(string message, int status, LipSyncErrorKind kind) =>
        LipSyncErrors.FromResponse("heygen", status, $$$"""{"error":{"message":"{{{message}}}"}}""").Kind.Should().Be(kind);

    [Theory]
    [MemberData(nameof(CatalogueRowsInEveryShape))]
    public void Catalogue_row_maps_by_code_not_by_status(string code, HeyGenErrorShape shape)
    {
        HeyGenErrorCatalog.Catalog.TryGet(code, out var row).Should().BeTrue();

        // 418 says nothing HeyGen would mean; the code must decide.
        var body = HeyGenErrorBodies.CreateText(shape, code, $"detail for {code}");
        var error = LipSyncErrors.FromResponse("heygen", 418, body);

        error.Kind.Should().Be(row!.Kind);
        error.IsRetryable.Should().Be(row.IsRetryable);
        error.ErrorCode.Should().Be(code);
        error.Provider.Should().Be("heygen");
        error.StatusCode.Should().Be(418);
        error.Message.Should().Contain($"detail for {code}");
        error.Should().BeAssignableTo(ErrorKindTypes.For(row.Kind));
    }

    [Fact]
    public void Legacy_code_sent_as_a_string_is_read_too()
    {
        // movio.la-era bodies carried the code as a string.
        var error = LipSyncErrors.FromResponse("heygen", 200, """{"code":"400140","message":"Exceed rate limit","data":null}""");
        error.Kind.Should().Be(LipSyncErrorKind.RateLimited);
        error.IsRetryable.Should().BeTrue();
    }

    // The documented meaning of codes the issue names, stated independently of the catalogue.
    [Theory]
    [InlineData("RETRIABLE_JOB_ERROR", 400, LipSyncErrorKind.ServerError, true)]
    [InlineData("40062", 400, LipSyncErrorKind.ServerError, true)]
    [InlineData("VIDEO_NOT_COMPLETED", 400, LipSyncErrorKind.NotReady, true)]
    [InlineData("400171", 400, LipSyncErrorKind.NotReady, true)]
    [InlineData("MOVIO_API_EXCEED_RATE_LIMIT", 400, LipSyncErrorKind.RateLimited, true)]
    [InlineData("400140", 400, LipSyncErrorKind.RateLimited, true)]
    [InlineData("TTS_TOO_MANY_REQUEST_ERR", 400, LipSyncErrorKind.RateLimited, true)]
    [InlineData("400701", 400, LipSyncErrorKind.RateLimited, true)]
    [InlineData("INAPPROPRIATE_CONTENT", 400, LipSyncErrorKind.ContentRejected, false)]
    [InlineData("402007", 400, LipSyncErrorKind.ContentRejected, false)]
    [InlineData("CELEBRITY_MODERATION_FAILED", 400, LipSyncErrorKind.ContentRejected, false)]
    [InlineData("MODERATION_POLICY_VIOLATED", 400, LipSyncErrorKind.ContentRejected, false)]
    [InlineData("UNSAFE_PROMPT", 400, LipSyncErrorKind.ContentRejected, false)]
    [InlineData("BLOCKED_WORDS_DETECTED", 400, LipSyncErrorKind.ContentRejected, false)]
    [InlineData("400112", 400, LipSyncErrorKind.Authentication, false)]
    [InlineData("400599", 401, LipSyncErrorKind.QuotaExceeded, false)]
    [InlineData("CREDIT_NOT_ENOUGH", 400, LipSyncErrorKind.QuotaExceeded, false)]
    [InlineData("insufficient_credit", 402, LipSyncErrorKind.QuotaExceeded, false)]
    [InlineData("TRIAL_VIDEO_LIMIT_EXCEEDED", 429, LipSyncErrorKind.QuotaExceeded, false)]
    [InlineData("rate_limit_exceeded", 429, LipSyncErrorKind.RateLimited, true)]
    [InlineData("request_in_progress", 409, LipSyncErrorKind.Conflict, true)]
    [InlineData("payload_too_large", 413, LipSyncErrorKind.InvalidMedia, false)]
    [InlineData("video_not_found", 404, LipSyncErrorKind.NotFound, false)]
    [InlineData("VIDEO_NOT_FOUND", 400, LipSyncErrorKind.NotFound, false)]
    [InlineData("400114", 400, LipSyncErrorKind.NotFound, false)]
    [InlineData("NO_FACE_ERROR", 400, LipSyncErrorKind.InvalidMedia, false)]
    [InlineData("REQUEST_TIMEOUT", 400, LipSyncErrorKind.Timeout, true)]
    [InlineData("10005", 400, LipSyncErrorKind.Conflict, false)]
    [InlineData("10007", 429, LipSyncErrorKind.RateLimited, true)]
    [InlineData("10013", 403, LipSyncErrorKind.PermissionDenied, false)]
    [InlineData("10015", 429, LipSyncErrorKind.QuotaExceeded, false)]
    [InlineData("40119", 200, LipSyncErrorKind.QuotaExceeded, false)]
    public void Documented_meaning(string code, int status, LipSyncErrorKind kind, bool retryable)
    {
        var shape = code.All(char.IsAsciiDigit) ? HeyGenErrorShape.Legacy : HeyGenErrorShape.V3;
        var error = LipSyncErrors.FromResponse("heygen", status, HeyGenErrorBodies.CreateText(shape, code, "m"));
        error.Kind.Should().Be(kind);
        error.IsRetryable.Should().Be(retryable);
    }

    [Fact]
    public void Literal_v3_body_from_the_docs()
    {
        var error = LipSyncErrors.FromResponse("heygen", 402,
            """{"error":{"code":"insufficient_credit","message":"Your account has 5 credits but this video requires 10 credits.","doc_url":"https://developers.heygen.com/docs/error-codes#insufficient-credit"}}""",
            [new("X-Request-Id", ["req-42"])]);

        error.Should().BeOfType<LipSyncQuotaExceededException>();
        error.Message.Should().Contain("Your account has 5 credits");
        error.RequestId.Should().Be("req-42");
    }

    [Fact]
    public void V3_param_becomes_a_field_error()
    {
        var error = LipSyncErrors.FromResponse("heygen", 400,
            HeyGenErrorBodies.CreateText(HeyGenErrorShape.V3, "invalid_parameter", "must be one of speed, precision", "mode"));

        var validation = error.Should().BeOfType<LipSyncValidationException>().Subject;
        validation.FieldErrors.Should().ContainSingle().Which.Should().Be(new LipSyncFieldError("mode", "must be one of speed, precision"));
    }

    [Theory]
    [InlineData(401, "Unauthorized", LipSyncErrorKind.Authentication, false)]
    [InlineData(400, "This avatar does not support unlimited mode. Please use Avatar IV or Avatar V.", LipSyncErrorKind.InvalidRequest, false)]
    [InlineData(500, "boom", LipSyncErrorKind.ServerError, true)]
    [InlineData(400, "Credit not enough", LipSyncErrorKind.QuotaExceeded, false)]
    public void V2_catch_all_internal_error_lets_message_then_status_decide(int status, string message, LipSyncErrorKind kind, bool retryable)
    {
        // Seen in the wild: v2 answers internal_error for an auth failure (401) and for a bad avatar (400).
        var error = LipSyncErrors.FromResponse("heygen", status, HeyGenErrorBodies.CreateText(HeyGenErrorShape.V2, "internal_error", message));
        error.Kind.Should().Be(kind);
        error.IsRetryable.Should().Be(retryable);
        error.ErrorCode.Should().Be("internal_error");
    }

    [Fact]
    public void V2_error_as_a_bare_string_is_the_message()
    {
        var error = LipSyncErrors.FromResponse("heygen", 429, """{"data":null,"error":"daily api trial limit 5"}""");
        error.Kind.Should().Be(LipSyncErrorKind.RateLimited);
        error.Message.Should().Contain("daily api trial limit 5");
    }

    [Fact]
    public void Unknown_code_falls_back_to_the_status()
    {
        var error = LipSyncErrors.FromResponse("heygen", 503, HeyGenErrorBodies.CreateText(HeyGenErrorShape.V3, "brand_new_code", "new"));
        error.Kind.Should().Be(LipSyncErrorKind.ServiceUnavailable);
        error.ErrorCode.Should().Be("brand_new_code");
    }

    [Theory]
    [MemberData(nameof(Errors.UnexpectedBodyTests.Bodies), MemberType = typeof(Errors.UnexpectedBodyTests))]
    public void Any_body_yields_the_status_kind(string name, string? body)
    {
        foreach (var (status, kind) in new[]
        {
            (400, LipSyncErrorKind.InvalidRequest), (401, LipSyncErrorKind.Authentication), (404, LipSyncErrorKind.NotFound),
            (429, LipSyncErrorKind.RateLimited), (500, LipSyncErrorKind.ServerError), (503, LipSyncErrorKind.ServiceUnavailable),
        })
        {
            var error = LipSyncErrors.FromResponse("heygen", status, body);
            error.Kind.Should().Be(kind, $"{name} body with HTTP {status}");
            error.Message.Should().StartWith("heygen: ").And.Contain($"HTTP {status}");
            error.Message.Length.Should().BeLessThan(700);
        }
    }

    private static List<(string Number, string Name)> ReferenceRows() =>
        ReferenceRowPattern().Matches(Seed).Select(m => (m.Groups[1].Value, m.Groups[2].Value.Replace("\\", string.Empty, StringComparison.Ordinal))).ToList();

    private static List<(string Status, string Number)> StreamingRows() =>
        StreamingRowPattern().Matches(Seed).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();


    // "| 40009   | INVALID\_CREDENTIALS | ..." (code | enum_name | message | detail).
    [GeneratedRegex(@"^\|\s*(\d+)\s*\|\s*([A-Z][A-Z0-9\\_]*)\s*\|", RegexOptions.Multiline)]
    private static partial Regex ReferenceRowPattern();

    // "| 400              | 10001  | Session state wrong: new | ..." (HTTP status | code | message | description).
    [GeneratedRegex(@"^\|\s*(\d{3})\s*\|\s*(\d+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex StreamingRowPattern();

    // "| **Video Dimension Validation** | message | 400 | description |".
    [GeneratedRegex(@"^\|\s*\*\*(.+?)\*\*\s*\|\s*(.+?)\s*\|\s*(\d{3})\s*\|", RegexOptions.Multiline)]
    private static partial Regex ContextRowPattern();

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex PlaceholderPattern();
}
