using System.Globalization;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Reliability.Adapters;

namespace LipSync.Sdk.Tests.Reliability;

/// <summary>Which failures the retry rules may repeat, by what the failure proves about the request.</summary>
internal enum RetryClass
{
    /// <summary>Not retryable: one attempt for every call.</summary>
    Never,

    /// <summary>Retryable and proves nothing was processed (429, connection refused): every call, creates too, gets all attempts.</summary>
    ProvenUnprocessed,

    /// <summary>
    /// Retryable, but the server may have done the work (5xx, timeouts, cut connections): reads and keyed creates get all
    /// attempts, a reference-lookup create looks before resending, an unprotected create gets one attempt.
    /// </summary>
    Ambiguous,
}

/// <summary>
/// One row of the fault matrix: the fault a provider's emulator plays, and what the SDK must make of it.
/// </summary>
/// <param name="Name">The case name (test display).</param>
/// <param name="Fault">The fault for a given provider; null for connection refused (no server at all).</param>
/// <param name="Kind">The kind the caller sees; null when the adapter decides (coded errors).</param>
/// <param name="Retry">What the failure proves, hence how many attempts each call gets.</param>
/// <param name="CutsAfterProcessing">
/// For creates: the server did the work and the answer was lost (the fault is applied after processing), so exactly
/// one job must exist whatever the SDK does next.
/// </param>
/// <param name="FirstDelay">The delay before the first retry the SDK must choose (a server hint), when the case sets one.</param>
internal sealed record FaultCase(
    string Name,
    Func<ProviderAdapter, ManualTimeProvider, Fault?> Fault,
    LipSyncErrorKind? Kind,
    RetryClass Retry,
    bool CutsAfterProcessing = false,
    Func<ProviderAdapter, TimeSpan?>? FirstDelay = null)
{
    public const int TenMegabytes = 10 * 1024 * 1024;

    private static readonly TimeSpan Hint = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    public static readonly IReadOnlyList<FaultCase> All =
    [
        new("connection_refused", (_, _) => null, LipSyncErrorKind.Network, RetryClass.ProvenUnprocessed),
        new("close_during_headers", (_, _) => Testing.Fault.CloseDuringHeaders(), LipSyncErrorKind.Network, RetryClass.Ambiguous, CutsAfterProcessing: true),
        new("close_mid_body", (_, _) => Testing.Fault.PartialBody(200, """{"id":"job_1","status":"PEN"""), LipSyncErrorKind.Network, RetryClass.Ambiguous, CutsAfterProcessing: true),
        new("stall_past_attempt_timeout", (_, _) => Testing.Fault.Stall(), LipSyncErrorKind.Timeout, RetryClass.Ambiguous, CutsAfterProcessing: true),
        new("429_retry_after_seconds", (a, _) => RateLimited(a, null, ("Retry-After", "3")), LipSyncErrorKind.RateLimited, RetryClass.ProvenUnprocessed,
            FirstDelay: _ => Hint),
        new("429_retry_after_http_date", (a, t) => RateLimited(a, null, ("Retry-After", (t.GetUtcNow() + Hint).ToString("r", CultureInfo.InvariantCulture))),
            LipSyncErrorKind.RateLimited, RetryClass.ProvenUnprocessed, FirstDelay: _ => Hint),
        new("429_retry_after_ms", (a, _) => RateLimited(a, null, ("retry-after-ms", "3000")), LipSyncErrorKind.RateLimited, RetryClass.ProvenUnprocessed,
            FirstDelay: _ => Hint),
        new("429_body_hint", (a, _) => RateLimited(a, (int)Hint.TotalSeconds), LipSyncErrorKind.RateLimited, RetryClass.ProvenUnprocessed,
            FirstDelay: a => a.HasBodyRetryHint ? Hint : FirstBackoff),
        new("503_empty", (_, _) => Testing.Fault.Respond(503, null), LipSyncErrorKind.ServiceUnavailable, RetryClass.Ambiguous),
        new("502_html_from_proxy", (_, _) => Testing.Fault.Respond(502, "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>", "text/html"),
            LipSyncErrorKind.ServerError, RetryClass.Ambiguous),
        new("500_truncated_json", (_, _) => Testing.Fault.Respond(500, """{"statusCode":500,"message":"Internal ser"""), LipSyncErrorKind.ServerError, RetryClass.Ambiguous),
        new("200_truncated_json", (_, _) => Testing.Fault.Respond(200, """{"id":"job_1","status":"PEN"""), LipSyncErrorKind.ServerError, RetryClass.Ambiguous,
            CutsAfterProcessing: true),
        new("500_ten_megabyte_body", (_, _) => Testing.Fault.HugeBody(500, TenMegabytes, "text/html", "<html><body>"), LipSyncErrorKind.ServerError, RetryClass.Ambiguous),
        new("500_invalid_utf8", (_, _) => Testing.Fault.RespondBytes(500, [.. """{"message":"bad """u8, 0xFF, 0xFE, 0xC3, 0x28, .. "\"}"u8]),
            LipSyncErrorKind.ServerError, RetryClass.Ambiguous),
        new("coded_error_wrong_content_type", (a, _) => Testing.Fault.Respond(a.CodedError.Status, a.CodedError.Body, "text/html; charset=utf-8"), null, RetryClass.Never),
        new("200_error_envelope", (a, _) => Testing.Fault.Respond(200, a.ErrorInSuccessBody?.Body ?? """{"statusCode":400,"message":"Bad Request","error":"Bad Request"}"""),
            null, RetryClass.Never),
    ];

    public override string ToString() => Name;

    private static Fault RateLimited(ProviderAdapter adapter, int? bodyHintSeconds, params (string Name, string Value)[] headers) =>
        Testing.Fault.Respond(429, adapter.RateLimitBody(bodyHintSeconds), headers: headers.ToDictionary(h => h.Name, h => h.Value));
}
