namespace LipSync.Sdk;

/// <summary>
/// Whether a failed submit proves the provider created no job: the one rule <c>UseFallback</c> (submit elsewhere) and
/// <c>UseBudget</c> (give the reserved spend back) share. Anything else — a timeout, a dropped connection after the
/// request left, a 5xx, a 409 — may hide a job that was accepted, so it never counts as a refusal.
/// </summary>
internal static class SubmitRefusal
{
    // Kinds a provider answers a create with before it starts any work. A 4xx is the server's final word on that
    // request; after SDK retries it still is, because every retried create is duplicate-safe (Sync and HeyGen replay
    // the Idempotency-Key, Chamelaion is looked up by reference_id before a resend), so an earlier accepted attempt
    // would have come back as that job, not as a refusal. ContentRejected is left out on purpose: moderation is not a
    // reason to try a laxer provider.
    private static readonly HashSet<LipSyncErrorKind> RefusedByServer =
    [
        LipSyncErrorKind.QuotaExceeded,        // credits, plan, payment (402)
        LipSyncErrorKind.RateLimited,          // 429, Sync concurrency_limit_reached
        LipSyncErrorKind.Authentication,       // the key was refused before anything ran
        LipSyncErrorKind.PermissionDenied,
        LipSyncErrorKind.InvalidRequest,       // a model, option or input this provider does not take
        LipSyncErrorKind.InvalidMedia,         // audio too long for this provider, image input...
    ];

    // Refused by the SDK itself before any request: a provider rule (audio length, model) or a budget.
    private static readonly HashSet<LipSyncErrorKind> RefusedLocally =
    [
        LipSyncErrorKind.InvalidRequest,
        LipSyncErrorKind.InvalidMedia,
        LipSyncErrorKind.QuotaExceeded,
    ];

    public static bool ProvesNoJobCreated(Exception exception) => exception switch
    {
        LipSyncJobFailedException => false,
        LipSyncException { StatusCode: 409 } => false,
        LipSyncException { StatusCode: >= 400 and < 500 } failure => RefusedByServer.Contains(failure.Kind),
        LipSyncException { StatusCode: null, Attempts: 0 } failure => RefusedLocally.Contains(failure.Kind),
        NotSupportedException => true, // the client cannot submit at all; nothing was sent
        _ => false,
    };
}
