using System.Globalization;
using System.Runtime.CompilerServices;

namespace LipSync.Sdk;

/// <summary>One poll's answer: the job and the server's hint of when to ask again.</summary>
/// <param name="Job">The job as the provider reported it.</param>
/// <param name="RetryAfter">The provider's <c>Retry-After</c> on the status response, if any.</param>
internal readonly record struct JobPoll(LipSyncJob Job, TimeSpan? RetryAfter);

/// <summary>
/// Waits for and watches a job by polling, for every provider. The next poll comes after the server's
/// <c>Retry-After</c> hint when the status response carries one (kept within the client's <c>MaxRetryAfter</c>, as a
/// retry's hint is), else after a growing interval. The wait's timeout is one budget on the injected
/// clock: it caps every delay and every poll, so a poll the server never answers ends the wait on time instead of
/// at the transport's attempt timeout. Polls and delays are asynchronous all the way: a wait holds no thread, so
/// thousands of jobs can be waited on at once.
/// </summary>
internal static class JobPoller
{
    // CancellationTokenSource timers take at most this (~49 days); a longer wait arms no budget timer and is bounded
    // by the caller and the transport's own timeouts alone.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    // Polls until the job is terminal: returns it when completed, throws LipSyncJobFailedException otherwise. The poll
    // function receives the time left before the overall timeout (to size long polls).
    public static async Task<LipSyncJob> WaitAsync(
        Func<TimeSpan, CancellationToken, Task<JobPoll>> poll, string provider, string jobId, JobWaitOptions options, TimeSpan longestHint,
        TimeProvider time, SecretRedactor redactor, CancellationToken cancellationToken)
    {
        using var activity = LipSyncInstrumentation.StartWait(provider, jobId);
        try
        {
            LipSyncJob? last = null;
            await foreach (var job in WatchAsync(poll, provider, jobId, options, longestHint, time, cancellationToken).ConfigureAwait(false))
            {
                last = job;
            }

            activity?.SetTag(LipSyncInstrumentation.JobStatusTag, last!.Status.ToString());
            return last!.Status == JobStatus.Completed ? last : throw new LipSyncJobFailedException(last, redactor);
        }
        catch (Exception ex)
        {
            LipSyncInstrumentation.RecordFailure(activity, ex, redactor);
            throw;
        }
    }

    /// <summary>Watches by plain reads of the job, for clients that have no status hint to offer.</summary>
    public static IAsyncEnumerable<LipSyncJob> WatchAsync(
        Func<CancellationToken, Task<LipSyncJob>> getJob, string provider, string jobId, JobWaitOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        WatchAsync(async (_, ct) => new JobPoll(await getJob(ct).ConfigureAwait(false), null), provider, jobId, options, TimeSpan.Zero, time, cancellationToken);

    /// <summary>
    /// Yields the job on the first poll and then each time its status or progress changes; ends after yielding a
    /// terminal job (completed, failed or canceled — not thrown). Reports each yielded job to
    /// <see cref="JobWaitOptions.Progress"/>. Throws <see cref="LipSyncTimeoutException"/> when the overall timeout
    /// passes, during a delay or during a poll. <paramref name="longestHint"/> is the longest server hint followed as
    /// is (the client's <c>MaxRetryAfter</c>): a status response asking for more is polled again at that bound.
    /// </summary>
    public static async IAsyncEnumerable<LipSyncJob> WatchAsync(
        Func<TimeSpan, CancellationToken, Task<JobPoll>> poll, string provider, string jobId, JobWaitOptions options, TimeSpan longestHint,
        TimeProvider time, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var started = time.GetTimestamp();
        var interval = options.InitialInterval;
        LipSyncJob? last = null;
        while (true)
        {
            var (job, hint) = await PollWithinBudgetAsync(poll, options.Timeout - time.GetElapsedTime(started), provider, jobId, options, last, time, cancellationToken)
                .ConfigureAwait(false);
            if (last is null || job.Status != last.Status || job.ProgressPercent != last.ProgressPercent)
            {
                options.Progress?.Report(job);
                yield return job;
            }

            last = job;
            if (job.Status.IsTerminal())
            {
                yield break;
            }

            var remaining = options.Timeout - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw TimedOut(provider, jobId, options, last);
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

    // The poll runs under what is left of the wait: the transport's own attempt timeout may be far longer.
    private static async Task<JobPoll> PollWithinBudgetAsync(
        Func<TimeSpan, CancellationToken, Task<JobPoll>> poll, TimeSpan remaining, string provider, string jobId, JobWaitOptions options,
        LipSyncJob? last, TimeProvider time, CancellationToken cancellationToken)
    {
        if (remaining <= TimeSpan.Zero)
        {
            throw TimedOut(provider, jobId, options, last);
        }

        using var budget = remaining < LongestTimer ? new CancellationTokenSource(remaining, time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await poll(remaining, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(provider, jobId, options, last);
        }
    }

    private static LipSyncTimeoutException TimedOut(string provider, string jobId, JobWaitOptions options, LipSyncJob? last) => new(
        string.Create(CultureInfo.InvariantCulture, $"{provider}: job {ServerText.Clean(jobId)} did not complete within {options.Timeout.TotalSeconds:0.###} s (")
            + (last is null ? "the status poll did not answer in time)." : $"last status {ServerText.Clean(last.ProviderStatus) ?? last.Status.ToString()}).")
        , isRetryable: true, provider);
}
