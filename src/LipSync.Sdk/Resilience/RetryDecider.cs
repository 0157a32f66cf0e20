using System.Net.Http;

namespace LipSync.Sdk;

/// <summary>
/// Decides whether one failed attempt is retried and after how long, following the SDK's rules: only what the
/// taxonomy marks retryable; paid creates only when keyed or provably unprocessed; delay = max(backoff, server
/// hint); a hint above <see cref="LipSyncRetryOptions.MaxRetryAfter"/> or beyond the remaining budget is not waited.
/// </summary>
internal static class RetryDecider
{
    public static TimeSpan? Decide(
        LipSyncException failure, RequestSafety safety, LipSyncRetryOptions options, int retryIndex, TimeSpan? remainingBudget)
    {
        if (!failure.IsRetryable || retryIndex >= options.MaxRetries || safety == RequestSafety.SingleAttempt)
        {
            return null;
        }

        if (safety == RequestSafety.NotIdempotent && !ProvesNotProcessed(failure))
        {
            return null;
        }

        if (failure.RetryAfter is { } hint && hint > options.MaxRetryAfter)
        {
            return null;
        }

        var backoff = BackoffCalculator.Compute(options, retryIndex);
        var delay = failure.RetryAfter is { } wanted && wanted > backoff ? wanted : backoff;
        if (remainingBudget is { } budget && delay >= budget)
        {
            return null;
        }

        return delay;
    }

    // A 429 is a refusal before any work; a connection that was never established carried no request.
    internal static bool ProvesNotProcessed(LipSyncException failure) =>
        failure.StatusCode == 429
        || (failure.Kind == LipSyncErrorKind.Network
            && failure.InnerException is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError });
}
