using System.Collections.Frozen;
using static LipSync.Sdk.LipSyncErrorKind;

namespace LipSync.Cli.Output;

/// <summary>What to do about each kind of error, shown under a human-readable error.</summary>
internal static class ErrorHints
{
    private static readonly FrozenDictionary<LipSyncErrorKind, string> ByKind = new Dictionary<LipSyncErrorKind, string>
    {
        [Unknown] = "The failure could not be classified. Run again with the same arguments; if it persists, check the provider's status page.",
        [Network] = "No HTTP response was received. Check your connection, proxy and --base-url, then try again.",
        [LipSyncErrorKind.Timeout] = "The request or the job took too long. Try again later, or raise --timeout.",
        [Authentication] = "Check the API key: pass --api-key or set {0}.",
        [PermissionDenied] = "The key is valid but not allowed to do this. Check the account's plan, role and resource access.",
        [InvalidRequest] = "Fix the request (see the message) and send it again; retrying unchanged will not help.",
        [InvalidMedia] = "Fix the media: check that the URL is reachable and the file is a supported format and length.",
        [ContentRejected] = "The provider's moderation rejected the content. Change the content; retrying will not help.",
        [NotFound] = "Check the job id and the provider (--provider); ids are not shared between providers.",
        [Conflict] = "Another operation on the same resource is in progress or already done. Wait for it, or do not repeat it.",
        [QuotaExceeded] = "Credits, quota or plan limits are used up. Top up or upgrade; waiting will not help.",
        [RateLimited] = "Too many requests or jobs at once. Wait{1} and try again, or lower your concurrency.",
        [NotReady] = "The result is not ready yet. Use 'lipsync wait' to wait for the job.",
        [ServiceUnavailable] = "The provider is temporarily unavailable. Try again in a few minutes.",
        [ServerError] = "The provider had an internal error. Try again later; report the request id if it persists.",
        [GenerationFailed] = "The job ran and failed. Read the message; resubmit only if the error is retryable.",
    }.ToFrozenDictionary();

    /// <summary>The hint for an error, with the key's environment variable and the retry delay filled in.</summary>
    public static string For(LipSyncException error, string? apiKeyVariable)
    {
        var template = ByKind.TryGetValue(error.Kind, out var text) ? text : ByKind[Unknown];
        var wait = error.RetryAfter is { } delay ? $" {Formats.Seconds(delay)}" : string.Empty;
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, apiKeyVariable ?? "the provider's <PROVIDER>_API_KEY variable", wait);
    }

    /// <summary>Whether every kind has a hint (checked by a test).</summary>
    public static bool Covers(LipSyncErrorKind kind) => ByKind.ContainsKey(kind);
}
