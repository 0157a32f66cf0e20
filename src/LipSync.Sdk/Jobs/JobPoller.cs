using System.Globalization;
using System.Runtime.CompilerServices;

namespace LipSync.Sdk;

/// <summary>One poll's answer: the job and the server's hint of when to ask again.</summary>
/// <param name="Job">The job as the provider reported it.</param>
/// <param name="RetryAfter">The provider's <c>Retry-After</c> on the status response, if any.</param>
internal readonly record struct JobPoll(LipSyncJob Job, TimeSpan? RetryAfter);

/// <summary>
/// Waits for and watches a job by polling, for every provider, on the one <see cref="PollingLoop"/> (hints, growing
/// intervals, one time budget for delays and polls). A wait holds no thread, so thousands of jobs can be waited on at once.
/// </summary>
internal static class JobPoller
{
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
        var rules = new PollingRules<LipSyncJob>(
            job => job.Status.IsTerminal(),
            (last, job) => job.Status != last.Status || job.ProgressPercent != last.ProgressPercent,
            last => TimedOut(provider, jobId, options, last));
        await foreach (var job in PollingLoop.RunAsync(
                           async (remaining, ct) =>
                           {
                               var answer = await poll(remaining, ct).ConfigureAwait(false);
                               return new Polled<LipSyncJob>(answer.Job, answer.RetryAfter);
                           },
                           rules, options, longestHint, time, cancellationToken).ConfigureAwait(false))
        {
            options.Progress?.Report(job);
            yield return job;
        }
    }

    private static LipSyncTimeoutException TimedOut(string provider, string jobId, JobWaitOptions options, LipSyncJob? last) => new(
        string.Create(CultureInfo.InvariantCulture, $"{provider}: job {ServerText.Clean(jobId)} did not complete within {options.Timeout.TotalSeconds:0.###} s (")
            + (last is null ? "the status poll did not answer in time)." : $"last status {ServerText.Clean(last.ProviderStatus) ?? last.Status.ToString()}).")
        , isRetryable: true, provider);
}
