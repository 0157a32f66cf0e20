using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace LipSync.Sdk;

/// <summary>
/// Builds the Polly.Core pipeline every provider call runs through, with the behaviour of the resilience rules'
/// order total timeout → retry → attempt timeout → transport: retry → attempt timeout (capped by what is left of the
/// total) → transport, and no delay waited past the total. The retry strategy asks <see cref="RetryDecider"/>
/// (and so the taxonomy) whether and when to retry; Polly only schedules it on the injected clock.
/// </summary>
internal static partial class LipSyncResiliencePipeline
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(1);

    public static ResiliencePipeline Build(TransportSettings settings, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time, Name = $"LipSync.{settings.Provider}" };

        // No outer timeout strategy for the total budget: each attempt's timeout is capped by what is left of it
        // (below), and RetryDecider never waits a delay that reaches past it, so a call still ends within
        // TotalTimeout. One timeout per attempt instead of two nested ones: a second timer, a linked registration and
        // async layer per call cost ~1 µs idle and ~7 µs per call when the CPU is contended (benchmarks/README.md).
        if (settings.Retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.Retry.MaxRetries,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Exception, args.Context, args.AttemptNumber, settings, time)),
                DelayGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(AttemptState.Key, null!)?.NextDelay),
                OnRetry = args =>
                {
                    var failure = AsLipSyncException(args.Outcome.Exception!, settings.Provider);
                    var state = args.Context.Properties.GetValue(AttemptState.Key, null!);
                    LogRetry(logger, settings.Provider, state?.Request.Operation ?? "call", args.AttemptNumber + 1, failure.Kind,
                        failure.StatusCode, failure.ErrorCode, args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        if (settings.AttemptTimeout is not null || settings.TotalTimeout is not null)
        {
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(AttemptTimeout(args.Context, settings, time)),
            });
        }

        return builder.Build();
    }

    // Bulk transfers (uploads of media that may take far longer than an API call) are bounded by the caller's
    // token only: a 100 s attempt timeout would cut a 1 GiB upload on an ordinary line.
    private static TimeSpan AttemptTimeout(ResilienceContext context, TransportSettings settings, TimeProvider time)
    {
        var state = context.Properties.GetValue(AttemptState.Key, null!);
        if (state?.Request.IsBulkTransfer == true)
        {
            return System.Threading.Timeout.InfiniteTimeSpan;
        }

        var timeout = settings.AttemptTimeout ?? System.Threading.Timeout.InfiniteTimeSpan;
        if (settings.TotalTimeout is { } total && state is not null)
        {
            // At least 1 ms: Polly needs a positive timeout, and a spent budget must still end the attempt at once.
            var remaining = total - time.GetElapsedTime(state.StartedAt);
            remaining = remaining < MinimumTimeout ? MinimumTimeout : remaining;
            if (timeout == System.Threading.Timeout.InfiniteTimeSpan || remaining < timeout)
            {
                timeout = remaining;
            }
        }

        return timeout;
    }

    /// <summary>Turns what an attempt threw into the taxonomy (Polly's own timeout included).</summary>
    public static LipSyncException AsLipSyncException(Exception exception, string provider) => exception switch
    {
        LipSyncException known => known,
        TimeoutRejectedException timeout => new LipSyncTimeoutException(
            $"{provider}: the request timed out after {timeout.Timeout.TotalSeconds:0.###} s.",
            isRetryable: true, provider, innerException: timeout),
        _ => new LipSyncException($"{provider}: {exception.GetType().Name}: {exception.Message}", LipSyncErrorKind.Unknown, false, provider, innerException: exception),
    };

    private static bool ShouldRetry(Exception? exception, ResilienceContext context, int attemptNumber, TransportSettings settings, TimeProvider time)
    {
        // Caller cancellation is never retried and never wrapped.
        if (exception is null or OperationCanceledException)
        {
            return false;
        }

        var state = context.Properties.GetValue(AttemptState.Key, null!);
        if (state is null || !state.Request.CanRetry)
        {
            return false;
        }

        var failure = AsLipSyncException(exception, settings.Provider);
        TimeSpan? remaining = settings.TotalTimeout is { } total ? total - time.GetElapsedTime(state.StartedAt) : null;

        // An attempt that timed out may have been processed: for unkeyed creates it is as unsafe as a 5xx.
        state.NextDelay = RetryDecider.Decide(failure, state.Request.Safety, settings.Retry, attemptNumber, remaining);
        return state.NextDelay is not null;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "{Provider} {Operation}: attempt {Attempt} failed ({Kind}, HTTP {StatusCode}, code {ErrorCode}); retrying in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string provider, string operation, int attempt, LipSyncErrorKind kind,
        int? statusCode, string? errorCode, double delayMs);
}
