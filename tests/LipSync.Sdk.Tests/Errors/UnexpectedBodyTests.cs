using System.Text;

namespace LipSync.Sdk.Tests.Errors;

/// <summary>Bodies no document promises still give a typed, readable exception of the status's kind.</summary>
public sealed class UnexpectedBodyTests
{
    public static TheoryData<string, string?> Bodies() => new()
    {
        { "empty", "" },
        { "null reference", null },
        { "whitespace", "  \r\n " },
        { "html", "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>" },
        { "truncated json", """{"statusCode":503,"message":"Service unav""" },
        { "json null", "null" },
        { "json array", """[{"errorCode":"rate_limit_exceeded"}]""" },
        { "json string", "\"oops\"" },
        { "json number", "42" },
        { "plain text", "upstream connect error or disconnect/reset before headers" },
        { "object without fields", "{}" },
        { "wrong types", """{"errorCode":{"nested":true},"message":12345,"retryAfterSeconds":"soon"}""" },
        { "deeply nested", new string('[', 5000) + new string(']', 5000) },
        { "deep object", string.Concat(Enumerable.Repeat("{\"a\":", 3000)) + "1" + new string('}', 3000) },
        { "one megabyte", "{\"message\":\"" + new string('x', 1024 * 1024) + "\"}" },
        { "one megabyte of garbage", new string('\u00ff', 1024 * 1024) },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Any_body_yields_the_status_kind(string name, string? body)
    {
        foreach (var (status, kind) in new[]
        {
            (400, LipSyncErrorKind.InvalidRequest), (401, LipSyncErrorKind.Authentication), (403, LipSyncErrorKind.PermissionDenied),
            (404, LipSyncErrorKind.NotFound), (409, LipSyncErrorKind.Conflict), (429, LipSyncErrorKind.RateLimited),
            (500, LipSyncErrorKind.ServerError), (502, LipSyncErrorKind.ServerError), (503, LipSyncErrorKind.ServiceUnavailable),
            (504, LipSyncErrorKind.Timeout),
        })
        {
            var error = LipSyncErrors.FromResponse("sync", status, body);
            error.Kind.Should().Be(kind, $"{name} body with HTTP {status}");
            error.StatusCode.Should().Be(status);
            error.Message.Should().StartWith("sync: ").And.Contain($"HTTP {status}");
            error.Message.Length.Should().BeLessThan(700, "messages stay readable");
        }
    }

    [Fact]
    public void Html_page_is_described_not_dumped()
    {
        var error = LipSyncErrors.FromResponse("sync", 502, "<html><body>Bad gateway</body></html>");
        error.Message.Should().Contain("non-JSON body");
        error.ErrorCode.Should().BeNull();
        error.IsRetryable.Should().BeTrue();
    }

    [Fact]
    public void Code_before_a_truncation_point_still_decides()
    {
        var error = LipSyncErrors.FromResponse("sync", 500, """{"errorCode":"generation_not_found","message":"Generation not fou""");
        error.Kind.Should().Be(LipSyncErrorKind.NotFound);
        error.ErrorCode.Should().Be("generation_not_found");
    }

    [Fact]
    public void Code_after_64_KiB_is_not_read()
    {
        // Only the first 64 KiB are read: a code beyond it is lost, and the status decides.
        var body = "{\"message\":\"" + new string('x', 70 * 1024) + "\",\"errorCode\":\"generation_not_found\"}";
        var error = LipSyncErrors.FromResponse("sync", 503, body);
        error.Kind.Should().Be(LipSyncErrorKind.ServiceUnavailable);
        error.ResponseBody!.Length.Should().BeLessThanOrEqualTo(64 * 1024);
    }

    [Fact]
    public void Unknown_code_falls_back_to_the_status()
    {
        var error = LipSyncErrors.FromResponse("sync", 503, """{"errorCode":"brand_new_code","message":"new"}""");
        error.Kind.Should().Be(LipSyncErrorKind.ServiceUnavailable);
        error.IsRetryable.Should().BeTrue();
        error.ErrorCode.Should().Be("brand_new_code");
    }

    [Fact]
    public void Invalid_utf8_does_not_escape_as_another_exception()
    {
        var invalid = Encoding.Latin1.GetString([0x7B, 0x22, 0x6D, 0x65, 0x73, 0x73, 0x61, 0x67, 0x65, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]);
        var error = LipSyncErrors.FromResponse("sync", 500, invalid);
        error.Kind.Should().Be(LipSyncErrorKind.ServerError);
    }

    [Fact]
    public void Unknown_provider_is_an_argument_error()
    {
        var act = () => LipSyncErrors.FromResponse("nope", 500, "{}");
        act.Should().Throw<ArgumentException>().WithMessage("*nope*");
    }

    [Theory]
    [InlineData("SYNC")]
    [InlineData("Sync")]
    public void Provider_names_are_case_insensitive(string provider) =>
        LipSyncErrors.FromResponse(provider, 404, "{}").Provider.Should().Be("sync");
}
