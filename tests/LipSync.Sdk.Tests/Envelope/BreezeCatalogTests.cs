using System.Text.RegularExpressions;
using LipSync.Sdk.Providers.Breeze;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>The Breeze catalogue agrees with the seed error reference row by row, and every row maps through FromResponse.</summary>
public sealed partial class BreezeCatalogTests
{
    private static readonly string[] NonRetryable5xx =
        ["GENERATION_CAPACITY_EXCEEDED", "UPSTREAM_GENERATION_SERVICE_ERROR", "AUTH_CONFIG_MISSING", "LLM_CONFIG_NOT_FOUND", "STUDIO_AUDIO_EXPORT_STORAGE_UNCONFIGURED"];

    public static TheoryData<string, int, bool, string> SeedRows()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "breeze-error-reference.txt"));
        var data = new TheoryData<string, int, bool, string>();
        foreach (Match row in SeedRow().Matches(text))
        {
            data.Add(row.Groups["code"].Value, int.Parse(row.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture),
                row.Groups["retry"].Value == "Yes", row.Groups["message"].Value.Trim());
        }

        return data;
    }

    public static TheoryData<string> CatalogueRows()
    {
        var data = new TheoryData<string>();
        foreach (var row in BreezeErrorCatalog.Entries)
        {
            data.Add(row.Code);
        }

        return data;
    }

    [Fact]
    public void Seed_table_has_forty_rows_and_the_catalogue_exactly_those()
    {
        var seed = SeedRows().Select(r => (string)r[0]).ToList();
        seed.Should().HaveCount(40);
        BreezeErrorCatalog.Entries.Select(e => e.Code).Should().Equal(seed, "the catalogue keeps the reference's rows and order");
    }

    [Theory]
    [MemberData(nameof(SeedRows))]
    public void Catalogue_row_agrees_with_the_seed(string code, int status, bool retry, string message)
    {
        var entry = BreezeErrorCatalog.Entries.Single(e => e.Code == code);
        entry.Status.Should().Be(status);
        entry.IsRetryable.Should().Be(retry, "the Retry? column is the truth");
        entry.Message.Should().Be(message);
        entry.Kind.Should().Be(ExpectedKind(code, status));
    }

    [Theory]
    [MemberData(nameof(CatalogueRows))]
    public void Catalogue_row_maps_by_code_not_by_status(string code)
    {
        var row = BreezeErrorCatalog.Entries.Single(e => e.Code == code);
        var body = $$"""{"ok":false,"code":"{{code}}","detail":"detail for {{code}}","error":"detail for {{code}}"}""";

        var error = LipSyncErrors.FromResponse("breeze", 418, body, [new("x-request-id", ["req-1"])]);

        error.Kind.Should().Be(row.Kind);
        error.IsRetryable.Should().Be(row.IsRetryable);
        error.ErrorCode.Should().Be(code);
        error.Provider.Should().Be("breeze");
        error.StatusCode.Should().Be(418);
        error.RequestId.Should().Be("req-1");
        error.Message.Should().Contain($"detail for {code}");
        error.Should().BeAssignableTo(ErrorKindTypes.For(row.Kind));
    }

    [Theory]
    [MemberData(nameof(CatalogueRows))]
    public void Ok_false_under_http_200_is_the_same_error(string code)
    {
        var row = BreezeErrorCatalog.Entries.Single(e => e.Code == code);
        var error = LipSyncErrors.FromResponse("BREEZE", 200, $$"""{"ok":false,"code":"{{code}}"}""");
        error.Kind.Should().Be(row.Kind);
        error.IsRetryable.Should().Be(row.IsRetryable);
        error.Message.Should().Contain(row.Message, "the default message is used when the body has none");
    }

    [Fact]
    public void The_five_5xx_codes_marked_no_are_not_retryable()
    {
        foreach (var code in NonRetryable5xx)
        {
            var row = BreezeErrorCatalog.Entries.Single(e => e.Code == code);
            row.Status.Should().BeGreaterThanOrEqualTo(500);
            LipSyncErrors.FromResponse("breeze", row.Status!.Value, $$"""{"ok":false,"code":"{{code}}"}""").IsRetryable.Should().BeFalse(code);
        }
    }

    [Fact]
    public void Unknown_code_falls_back_to_the_status_and_the_error_string_is_a_message_fallback()
    {
        var error = LipSyncErrors.FromResponse("breeze", 503, """{"ok":false,"code":"SOMETHING_NEW","error":"Brand new failure."}""");
        error.Kind.Should().Be(LipSyncErrorKind.ServiceUnavailable);
        error.IsRetryable.Should().BeTrue();
        error.ErrorCode.Should().Be("SOMETHING_NEW");
        error.Message.Should().Contain("Brand new failure.");
    }

    // The kind each code means, stated independently of the catalogue from the code's name and status.
    private static LipSyncErrorKind ExpectedKind(string code, int status) => code switch
    {
        "FORBIDDEN" or "AUTH_ADMIN_ACCESS_DENIED" or "AUTH_ADMIN_ROLE_REQUIRED" => LipSyncErrorKind.PermissionDenied,
        _ when code.StartsWith("STUDIO_AUDIO_EXPORT_", StringComparison.Ordinal) && status == 422 => LipSyncErrorKind.InvalidMedia,
        "DISPATCH_TIMEOUT" or "GENERATION_TIMEOUT" or "UPSTREAM_TIMEOUT" => LipSyncErrorKind.Timeout,
        "AUTH_CONFIG_MISSING" or "LLM_CONFIG_NOT_FOUND" or "STUDIO_AUDIO_EXPORT_STORAGE_UNCONFIGURED" => LipSyncErrorKind.ServerError,
        _ => ErrorKindRules.KindForStatus(status),
    };

    [GeneratedRegex(@"^(?<code>[A-Z_]+) \| (?<status>\d{3}) \| (?<domain>\w+) \| (?<retry>Yes|No) \| (?<message>[^|\r\n]+?)\s*\|?\s*$", RegexOptions.Multiline)]
    private static partial Regex SeedRow();
}
