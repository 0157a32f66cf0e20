using System.Globalization;
using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Tests.Chamelaion;
using LipSync.Sdk.Tests.Envelope;
using LipSync.Sdk.Tests.Errors;
using LipSync.Sdk.Tests.HeyGen;
using Microsoft.AspNetCore.WebUtilities;

namespace LipSync.Sdk.Tests.Contracts;

/// <summary>The five providers' wire contracts (error bodies as their documents show them).</summary>
internal static class ProviderContracts
{
    public static readonly IReadOnlyList<ProviderContract> All =
        [new SyncContract(), new ChamelaionContract(), new HeyGenContract(), new BreezeContract(), new AudioSpliterContract()];

    /// <summary>
    /// The providers built into the SDK, from its registry. <see cref="LipSyncErrors.Providers"/> is not used: tests that
    /// register custom envelope profiles add to it process-wide while this suite runs.
    /// </summary>
    public static IEnumerable<string> BuiltInProviders => ProviderDefinitions.BuiltIn.Select(definition => definition.Name);

    public static ProviderContract Get(string name) =>
        All.SingleOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"Provider '{name}' is registered but has no WireMock contract: add one to {nameof(ProviderContracts)}.");

    private static IEnumerable<string> Column(IEnumerable<object[]> theoryData, int column = 0) => theoryData.Select(row => (string)row[column]);

    /// <summary>Sync: NestJS-style <c>{"statusCode", "message", "errorCode", "error"}</c>; creates keyed.</summary>
    private sealed class SyncContract : ProviderContract
    {
        public override string Name => "sync";

        public override string ApiKeyHeader => "x-api-key";

        public override string ApiKey => "sk-contract-sync-5f2c9e";

        public override IEnumerable<string> SeedCodes() => Column(SyncErrorCatalogTests.SeedCodes());

        public override string ErrorBody(ErrorCatalogEntry row, int status, TimeSpan? retryAfter) =>
            $$"""{"statusCode":{{status}},"message":{{Json(row.Message)}},"errorCode":{{Json(row.Code)}},"error":{{Json(ReasonPhrases.GetReasonPhrase(status))}}}""";

        public override LipSyncRequest KeyedCreate(string marker) => UrlRequest(marker, "lipsync-2");
    }

    /// <summary>Chamelaion: <c>{"error": "message"}</c> keyed by status and message; job-failure rows (no status) as 400.</summary>
    private sealed class ChamelaionContract : ProviderContract
    {
        public override string Name => "chamelaion";

        public override string ApiKeyHeader => "x-api-key";

        public override string ApiKey => "ck-contract-chamelaion-81d0";

        public override string ApiPath => "/api";

        public override IEnumerable<string> SeedCodes() =>
            ChamelaionErrorCatalogTests.SeedMessages().Select(row => ChamelaionErrorCatalog.Match((int)row[0], (string)row[1])?.Code ?? $"unmatched: {row[1]}");

        public override string ErrorBody(ErrorCatalogEntry row, int status, TimeSpan? retryAfter) => $$"""{"error":{{Json(row.Message)}}}""";

        protected override int UndocumentedStatus(LipSyncErrorKind kind) => 400;
    }

    /// <summary>
    /// HeyGen: numeric codes in the legacy <c>{"code": N, "message"}</c> body, names and v3 codes in the v3
    /// <c>{"error": {"code", "message", "param", "doc_url"}}</c> body; undocumented statuses are 400 ("HeyGen sends most
    /// errors as 400; the code decides"). Creates keyed.
    /// </summary>
    private sealed class HeyGenContract : ProviderContract
    {
        public override string Name => "heygen";

        public override string ApiKeyHeader => "X-Api-Key";

        public override string ApiKey => "hg-contract-heygen-0c4471";

        public override IEnumerable<string> SeedCodes() =>
            Column(HeyGenErrorCatalogTests.SeedNumericCodes()).Concat(Column(HeyGenErrorCatalogTests.SeedNamedCodes()));

        public override string ErrorBody(ErrorCatalogEntry row, int status, TimeSpan? retryAfter) =>
            long.TryParse(row.Code, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? $$"""{"code":{{number}},"message":{{Json(row.Message)}}}"""
                : $$$"""{"error":{"code":{{{Json(row.Code)}}},"message":{{{Json(row.Message)}}},"param":null,"doc_url":"https://developers.heygen.com/docs/error-codes"}}""";

        public override LipSyncRequest KeyedCreate(string marker) => UrlRequest(marker);

        protected override int UndocumentedStatus(LipSyncErrorKind kind) => 400;
    }

    /// <summary>Breeze: flat <c>{"ok": false, "code", "detail", "error"}</c> (error mirrors detail).</summary>
    private sealed class BreezeContract : ProviderContract
    {
        public override string Name => "breeze";

        public override string ApiKeyHeader => "xi-api-key";

        public override string ApiKey => "bz-contract-breeze-77aa01";

        public override IEnumerable<string> SeedCodes() => Column(BreezeCatalogTests.SeedRows());

        public override string ErrorBody(ErrorCatalogEntry row, int status, TimeSpan? retryAfter) =>
            $$"""{"ok":false,"code":{{Json(row.Code)}},"detail":{{Json(row.Message)}},"error":{{Json(row.Message)}}}""";
    }

    /// <summary>AudioSpliter: nested <c>{"error": {"code", "message", "status", "details"}}</c>, <c>retryAfter</c> on 429.</summary>
    private sealed class AudioSpliterContract : ProviderContract
    {
        public override string Name => "audiospliter";

        public override string ApiKeyHeader => "X-API-Key";

        public override string ApiKey => "as-contract-audiospliter-3b9e";

        public override string ApiPath => "/api/v1";

        public override IEnumerable<string> SeedCodes() => Column(AudioSpliterCatalogTests.SeedCodes());

        public override string ErrorBody(ErrorCatalogEntry row, int status, TimeSpan? retryAfter)
        {
            var hint = status == 429 && retryAfter is { } wait
                ? string.Create(CultureInfo.InvariantCulture, $",\"retryAfter\":{wait.TotalSeconds:0}")
                : string.Empty;
            return $$$"""{"error":{"code":{{{Json(row.Code)}}},"message":{{{Json(row.Message)}}},"status":{{{status}}},"details":{}{{{hint}}}}}""";
        }
    }
}
