using System.Runtime.CompilerServices;

namespace LipSync.Sdk;

/// <summary>One poll's answer: the job and the server's hint of when to ask again.</summary>
/// <param name="Job">The job as the provider reported it.</param>
/// <param name="RetryAfter">The provider's <c>Retry-After</c> on the status response, if any.</param>
internal readonly record struct JobPoll(LipSyncJob Job, TimeSpan? RetryAfter);

/// <summary>
/// Waits for and watches a job by polling, for every provider. The next poll comes after the server's
/// <c>Retry-After</c> hint when the status response carries one, else after a growing interval. The deadline is
/// checked against the injected clock rather than enforced with a timer, so an in-flight poll is never torn down
/// half-way and tests with a manual clock see exact intervals. Polls and delays are asynchronous all the way: a wait
/// holds no thread, so thousands of jobs can be waited on at once.
/// </summary>
internal static class JobPoller
{
    // A hint of 0 must not turn a wait into a busy loop.
    private static readonly TimeSpan MinimumHintDelay = TimeSpan.FromMilliseconds(100);

    public static Task<LipSyncJob> WaitAsync(
        Func<CancellationToken, Task<LipSyncJob>> getJob, string provider, string jobId, JobWaitOptions options, TimeProvider time, SecretRedactor redactor,
        CancellationToken cancellationToken) =>
        WaitAsync(Simple(getJob), provider, jobId, options, time, redactor, cancellationToken);

    // Polls until the job is terminal: returns it when completed, throws LipSyncJobFailedException otherwise. The poll
    // function receives the time left before the overall timeout (to size long polls).
    public static async Task<LipSyncJob> WaitAsync(
        Func<TimeSpan, CancellationToken, Task<JobPoll>> poll, string provider, string jobId, JobWaitOptions options, TimeProvider time, SecretRedactor redactor,
        CancellationToken cancellationToken)
    {
        using var activity = LipSyncInstrumentation.StartWait(provider, jobId);
        try
        {
            LipSyncJob? last = null;
            await foreach (var job in WatchAsync(poll, provider, jobId, options, time, cancellationToken).ConfigureAwait(false))
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

    public static IAsyncEnumerable<LipSyncJob> WatchAsync(
        Func<CancellationToken, Task<LipSyncJob>> getJob, string provider, string jobId, JobWaitOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        WatchAsync(Simple(getJob), provider, jobId, options, time, cancellationToken);

    /// <summary>
    /// Yields the job on the first poll and then each time its status or progress changes; ends after yielding a
    /// terminal job (completed, failed or canceled — not thrown). Reports each yielded job to
    /// <see cref="JobWaitOptions.Progress"/>. Throws <see cref="LipSyncTimeoutException"/> when the overall timeout passes.
    /// </summary>
    public static async IAsyncEnumerable<LipSyncJob> WatchAsync(
        Func<TimeSpan, CancellationToken, Task<JobPoll>> poll, string provider, string jobId, JobWaitOptions options, TimeProvider time,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var started = time.GetTimestamp();
        var interval = options.InitialInterval;
        LipSyncJob? last = null;
        while (true)
        {
            var (job, hint) = await poll(options.Timeout - time.GetElapsedTime(started), cancellationToken).ConfigureAwait(false);
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
                throw new LipSyncTimeoutException(
                    $"{provider}: job {jobId} did not complete within {options.Timeout.TotalSeconds:0.#} s (last status {job.ProviderStatus ?? job.Status.ToString()}).",
                    LipSyncErrorKind.Timeout, isRetryable: true, provider);
            }

            TimeSpan delay;
            if (hint is { } wanted)
            {
                delay = wanted < MinimumHintDelay ? MinimumHintDelay : wanted;
            }
            else
            {
                delay = interval;
                interval = TimeSpan.FromTicks(Math.Min((long)(interval.Ticks * options.BackoffFactor), options.MaxInterval.Ticks));
            }

            await Task.Delay(delay < remaining ? delay : remaining, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Func<TimeSpan, CancellationToken, Task<JobPoll>> Simple(Func<CancellationToken, Task<LipSyncJob>> getJob) =>
        async (_, ct) => new JobPoll(await getJob(ct).ConfigureAwait(false), null);
}
