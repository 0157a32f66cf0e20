namespace LipSync.Sdk.Tests.Chamelaion;

/// <summary>Bodies Chamelaion does not document still yield a readable exception of the status's kind.</summary>
public sealed class ChamelaionUnexpectedBodyTests
{
    public static TheoryData<string?, string> Bodies() => new()
    {
        { null, "with an empty body" },
        { "", "with an empty body" },
        { "<html><body>502 Bad Gateway</body></html>", "non-JSON body" },
        { "null", "not an error object" },
        { "[\"internal error\"]", "not an error object" },
        { "{\"error\":null}", "with no error message" },
        { "{\"error\": 42}", "42" },
        { "{\"error\": \"internal err", "with no error message" },
        { "{\"detail\":\"gateway\"}", "with no error message" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Odd_bodies_fall_back_to_the_status(string? body, string expectedText)
    {
        var error = LipSyncErrors.FromResponse("chamelaion", 500, body);
        error.Kind.Should().Be(LipSyncErrorKind.ServerError);
        error.IsRetryable.Should().BeTrue();
        error.ErrorCode.Should().BeNull();
        error.Message.Should().StartWith("chamelaion: ").And.Contain(expectedText);
    }

    [Fact]
    public void Nested_gateway_error_object_is_read_for_its_message()
    {
        var error = LipSyncErrors.FromResponse("chamelaion", 503, """{"error":{"message":"upstream connect error"}}""");
        error.Kind.Should().Be(LipSyncErrorKind.ServiceUnavailable);
        error.Message.Should().Contain("upstream connect error");
    }

    [Fact]
    public void Huge_body_is_cut_and_still_classified()
    {
        var body = "{\"error\":\"token limit reached\",\"pad\":\"" + new string('x', 1_000_000) + "\"}";
        var error = LipSyncErrors.FromResponse("chamelaion", 412, body);
        error.Kind.Should().Be(LipSyncErrorKind.QuotaExceeded);
        error.ErrorCode.Should().Be("token_limit_reached");
        error.Message.Length.Should().BeLessThan(1000);
    }

    [Fact]
    public void Provider_name_is_case_insensitive()
    {
        LipSyncErrors.FromResponse("Chamelaion", 404, """{"error":"lipsync request not found"}""").Kind.Should().Be(LipSyncErrorKind.NotFound);
        LipSyncErrors.Providers.Should().Contain("chamelaion");
    }
}
