using System.Globalization;
using System.Text.Json;
using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Tests.Chamelaion;
using LipSync.Sdk.Tests.Envelope;
using LipSync.Sdk.Tests.Errors;
using LipSync.Sdk.Tests.HeyGen;
using Microsoft.AspNetCore.WebUtilities;

namespace LipSync.Sdk.Tests.Contracts;

/// <summary>The five providers' wire contracts, one row each (error bodies as the providers' documents show them).</summary>
internal static partial class ProviderContracts
{
    public static readonly IReadOnlyList<ProviderContract> All =
    [
        // Sync: NestJS-style {"statusCode", "message", "errorCode", "error"}; creates keyed.
        new()
        {
            Name = "sync",
            ApiKeyHeader = "x-api-key",
            ApiKey = "sk-contract-sync-5f2c9e",
            SeedCodes = () => Column(SyncErrorCatalogTests.SeedCodes()),
            ErrorBody = (row, status, _) =>
                $$"""{"statusCode":{{status}},"message":{{Json(row.Message)}},"errorCode":{{Json(row.Code)}},"error":{{Json(ReasonPhrases.GetReasonPhrase(status))}}}""",
            KeyedCreate = marker => UrlRequest(marker, "lipsync-2"),
        },

        // Chamelaion: {"error": "message"}, keyed by status and message; job-failure rows (no status) come as 400.
        new()
        {
            Name = "chamelaion",
            ApiKeyHeader = "x-api-key",
            ApiKey = "ck-contract-chamelaion-81d0",
            ApiPath = "/api",
            SeedCodes = () => ChamelaionErrorCatalogTests.SeedMessages()
                .Select(row => ChamelaionErrorCatalog.Match((int)row[0], (string)row[1])?.Code ?? $"unmatched: {row[1]}"),
            ErrorBody = (row, _, _) => $$"""{"error":{{Json(row.Message)}}}""",
            UndocumentedStatus = 400,
        },

        // HeyGen: numbers in the legacy {"code": N, "message"} body, names and v3 codes in the v3 {"error": {...}} body;
        // undocumented statuses are 400 ("HeyGen sends most errors as 400; the code decides"). Creates keyed.
        new()
        {
            Name = "heygen",
            ApiKeyHeader = "X-Api-Key",
            ApiKey = "hg-contract-heygen-0c4471",
            SeedCodes = () => Column(HeyGenErrorCatalogTests.SeedNumericCodes()).Concat(Column(HeyGenErrorCatalogTests.SeedNamedCodes())),
            ErrorBody = (row, _, _) => long.TryParse(row.Code, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? $$"""{"code":{{number}},"message":{{Json(row.Message)}}}"""
                : $$$"""{"error":{"code":{{{Json(row.Code)}}},"message":{{{Json(row.Message)}}},"param":null,"doc_url":"https://developers.heygen.com/docs/error-codes"}}""",
            UndocumentedStatus = 400,
            KeyedCreate = marker => UrlRequest(marker),
            NativeEndpoints = HeyGenNativeEndpoints,
        },

        // Breeze: flat {"ok": false, "code", "detail", "error"} (error mirrors detail).
        new()
        {
            Name = "breeze",
            ApiKeyHeader = "xi-api-key",
            ApiKey = "bz-contract-breeze-77aa01",
            SeedCodes = () => Column(BreezeCatalogTests.SeedRows()),
            ErrorBody = (row, _, _) => $$"""{"ok":false,"code":{{Json(row.Code)}},"detail":{{Json(row.Message)}},"error":{{Json(row.Message)}}}""",
        },

        // AudioSpliter: nested {"error": {"code", "message", "status", "details"}}, with retryAfter (seconds) on 429.
        new()
        {
            Name = "audiospliter",
            ApiKeyHeader = "X-API-Key",
            ApiKey = "as-contract-audiospliter-3b9e",
            ApiPath = "/api/v1",
            SeedCodes = () => Column(AudioSpliterCatalogTests.SeedCodes()),
            ErrorBody = (row, status, retryAfter) =>
                $$$"""{"error":{"code":{{{Json(row.Code)}}},"message":{{{Json(row.Message)}}},"status":{{{status}}},"details":{}{{{RetryAfterField(status, retryAfter)}}}}}""",
        },
    ];

    /// <summary>
    /// The providers built into the SDK, from its registry. <see cref="LipSyncErrors.Providers"/> is not used: tests that
    /// register custom envelope profiles add to it process-wide while this suite runs.
    /// </summary>
    public static IEnumerable<string> BuiltInProviders => ProviderDefinitions.BuiltIn.Select(definition => definition.Name);

    public static ProviderContract Get(string name) =>
        All.SingleOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"Provider '{name}' is registered but has no WireMock contract: add one to {nameof(ProviderContracts)}.");

    private static IEnumerable<string> Column(IEnumerable<object[]> theoryData) => theoryData.Select(row => (string)row[0]);

    /// <summary>A JSON string literal (quotes included).</summary>
    private static string Json(string value) => JsonSerializer.Serialize(value);

    private static string RetryAfterField(int status, TimeSpan? retryAfter) =>
        status == 429 && retryAfter is { } wait ? string.Create(CultureInfo.InvariantCulture, $",\"retryAfter\":{wait.TotalSeconds:0}") : string.Empty;

    /// <summary>A lip-sync request from URLs that embed <paramref name="marker"/>.</summary>
    private static LipSyncRequest UrlRequest(string marker, string? model = null) => new()
    {
        Video = MediaSource.FromUrl($"https://assets.example.com/{marker}/speaker.mp4"),
        Audio = MediaSource.FromUrl($"https://assets.example.com/{marker}/speech.wav"),
        Model = model,
    };
}
