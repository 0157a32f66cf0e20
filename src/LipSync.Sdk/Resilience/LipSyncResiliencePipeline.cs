using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace LipSync.Sdk;

/// <summary>
/// The resilience strategies of every provider's handler chain (run by Microsoft.Extensions.Http.Resilience's
/// <c>ResilienceHandler</c>), in the order total timeout → retry → attempt timeout: retry → attempt timeout capped by
/// what is left of the total, and no delay waited past the total. The retry strategy asks <see cref="RetryDecider"/>
/// (and so the taxonomy) whether and when to retry; Polly only schedules it on the injected clock. Built once per
/// provider, never per call.
/// </summary>
internal static partial class LipSyncResiliencePipeline
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(1);

    public static ResiliencePipeline<HttpResponseMessage> Build(TransportSettings settings, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time, Name = $"LipSync.{settings.Provider}" };
        Configure(builder, settings, time, logger);
        return builder.Build();
    }

    /// <summary>Adds the SDK's strategies to <paramref name="builder"/> (the stand-alone pipeline, or <c>AddResilienceHandler</c>'s).</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, TransportSettings settings, TimeProvider time, ILogger logger)
    {
        // No outer timeout strategy for the total budget: each attempt's timeout is capped by what is left of it
        // (below), and RetryDecider never waits a delay that reaches past it, so a call still ends within
        // TotalTimeout. One timer per attempt instead of two nested ones (benchmarks/README.md).
        if (settings.Retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.Retry.MaxRetries,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber, settings, time)),
                DelayGenerator = args => ValueTask.FromResult(StateOf(args.Context)?.NextDelay),
                OnRetry = args =>
                {
                    var state = StateOf(args.Context);
                    var failure = FailureOf(args.Outcome, state, settings.Provider);
                    if (failure is not null)
                    {
                        // "none" for a missing status or code (not "(null)" or an empty gap), the delay in whole milliseconds.
                        LogRetry(logger, settings.Provider, state?.Operation ?? "call", args.AttemptNumber + 1, failure.Kind,
                            failure.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none", failure.ErrorCode ?? "none",
                            (long)Math.Round(args.RetryDelay.TotalMilliseconds));
                    }

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
    }

    private static CallState? StateOf(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && request.Options.TryGetValue(CallState.Key, out var state) ? state : null;

    // Bulk transfers (uploads of media that may take far longer than an API call) are bounded by the caller's
    // token only: a 100 s attempt timeout would cut a 1 GiB upload on an ordinary line.
    private static TimeSpan AttemptTimeout(ResilienceContext context, TransportSettings settings, TimeProvider time)
    {
        var state = StateOf(context);
        if (state?.IsBulkTransfer == true)
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

    // An answered attempt carries its classified failure on the call state; an unanswered one threw.
    private static LipSyncException? FailureOf(Outcome<HttpResponseMessage> outcome, CallState? state, string provider) =>
        outcome.Exception is { } exception
            ? exception is OperationCanceledException ? null : AsLipSyncException(exception, provider)
            : state?.Failure;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attemptNumber, TransportSettings settings, TimeProvider time)
    {
        var state = StateOf(context);
        if (state is null || !state.CanRetry)
        {
            return false;
        }

        // Caller cancellation is never retried and never wrapped; a success is not a failure.
        var failure = FailureOf(outcome, state, settings.Provider);
        if (failure is null)
        {
            return false;
        }

        TimeSpan? remaining = settings.TotalTimeout is { } total ? total - time.GetElapsedTime(state.StartedAt) : null;

        // An attempt that timed out may have been processed: for unkeyed creates it is as unsafe as a 5xx.
        state.NextDelay = RetryDecider.Decide(failure, state.Safety, settings.Retry, attemptNumber, remaining);
        return state.NextDelay is not null;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "{Provider} {Operation}: attempt {Attempt} failed ({Kind}, HTTP {StatusCode}, code {ErrorCode}); retrying in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string provider, string operation, int attempt, LipSyncErrorKind kind,
        string statusCode, string errorCode, long delayMs);
}
