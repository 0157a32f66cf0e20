using System.Runtime.CompilerServices;

namespace LipSync.Sdk;

/// <summary>One poll's answer: the polled resource and the server's hint of when to ask again.</summary>
/// <typeparam name="T">What is polled: a job, a batch.</typeparam>
/// <param name="Value">The resource as the provider reported it.</param>
/// <param name="RetryAfter">The provider's <c>Retry-After</c> on the status response, if any.</param>
internal readonly record struct Polled<T>(T Value, TimeSpan? RetryAfter);

/// <summary>What a polling loop needs to know about the resource it polls.</summary>
/// <typeparam name="T">What is polled.</typeparam>
/// <param name="IsTerminal">Whether polling can stop.</param>
/// <param name="Changed">Whether the second value differs from the first in a way the caller should see.</param>
/// <param name="TimedOut">The exception for a wait whose budget ran out, given the last value seen (null before the first answer).</param>
internal sealed record PollingRules<T>(Func<T, bool> IsTerminal, Func<T, T, bool> Changed, Func<T?, LipSyncTimeoutException> TimedOut)
    where T : class;

/// <summary>
/// The one polling loop of the SDK (jobs of every provider, Sync batches). The next poll comes after the server's
/// <c>Retry-After</c> hint when the status response carries one (kept within the client's <c>MaxRetryAfter</c>, as a
/// retry's hint is), else after a growing interval. The wait's timeout is one budget on the injected clock: it caps
/// every delay and every poll, so a poll the server never answers ends the wait on time instead of at the connection's
/// attempt timeout. Asynchronous all the way: a wait holds no thread.
/// </summary>
internal static class PollingLoop
{
    // CancellationTokenSource timers take at most this (~49 days); a longer wait arms no budget timer and is bounded
    // by the caller and the connection's own timeouts alone.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>
    /// Yields the first answer and then each changed one; ends after yielding a terminal one. Throws the rules'
    /// timeout exception when the budget passes, during a delay or during a poll. The poll function receives the time
    /// left (to size long polls).
    /// </summary>
    public static async IAsyncEnumerable<T> RunAsync<T>(
        Func<TimeSpan, CancellationToken, Task<Polled<T>>> poll, PollingRules<T> rules, JobWaitOptions options, TimeSpan longestHint,
        TimeProvider time, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var started = time.GetTimestamp();
        var interval = options.InitialInterval;
        T? last = null;
        while (true)
        {
            var (value, hint) = await PollWithinBudgetAsync(poll, options.Timeout - time.GetElapsedTime(started), rules, last, time, cancellationToken)
                .ConfigureAwait(false);
            if (last is null || rules.Changed(last, value))
            {
                yield return value;
            }

            last = value;
            if (rules.IsTerminal(value))
            {
                yield break;
            }

            var remaining = options.Timeout - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw rules.TimedOut(last);
            }

            TimeSpan delay;
            if (hint is { } wanted)
            {
                delay = PollHint.Bound(wanted, longestHint);
            }
            else
            {
                delay = interval;
                interval = TimeSpan.FromTicks(Math.Min((long)(interval.Ticks * options.BackoffFactor), options.MaxInterval.Ticks));
            }

            await Task.Delay(delay < remaining ? delay : remaining, time, cancellationToken).ConfigureAwait(false);
        }
    }

    // The poll runs under what is left of the wait: the connection's own attempt timeout may be far longer.
    private static async Task<Polled<T>> PollWithinBudgetAsync<T>(
        Func<TimeSpan, CancellationToken, Task<Polled<T>>> poll, TimeSpan remaining, PollingRules<T> rules, T? last, TimeProvider time,
        CancellationToken cancellationToken)
        where T : class
    {
        if (remaining <= TimeSpan.Zero)
        {
            throw rules.TimedOut(last);
        }

        using var budget = remaining < LongestTimer ? new CancellationTokenSource(remaining, time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await poll(remaining, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw rules.TimedOut(last);
        }
    }
}
