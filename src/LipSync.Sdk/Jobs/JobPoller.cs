namespace LipSync.Sdk;

/// <summary>
/// Waits for a job by polling with a growing interval, for every provider. The deadline is checked against the
/// injected clock rather than enforced with a timer, so an in-flight poll is never torn down half-way and tests
/// with a manual clock see exact intervals.
/// </summary>
internal static class JobPoller
{
    public static async Task<LipSyncJob> WaitAsync(
        Func<CancellationToken, Task<LipSyncJob>> getJob,
        string provider,
        string jobId,
        JobWaitOptions options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        options.Validate();
        using var activity = LipSyncInstrumentation.StartWait(provider, jobId);
        try
        {
            var job = await PollAsync(getJob, provider, jobId, options, time, cancellationToken).ConfigureAwait(false);
            activity?.SetTag(LipSyncInstrumentation.JobStatusTag, job.Status.ToString());
            return job;
        }
        catch (Exception ex)
        {
            LipSyncInstrumentation.RecordFailure(activity, ex, SecretRedactor.None);
            throw;
        }
    }

    private static async Task<LipSyncJob> PollAsync(
        Func<CancellationToken, Task<LipSyncJob>> getJob,
        string provider,
        string jobId,
        JobWaitOptions options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var interval = options.InitialInterval;
        LipSyncJob? last = null;
        while (true)
        {
            var job = await getJob(cancellationToken).ConfigureAwait(false);
            if (last is null || job.Status != last.Status || job.ProgressPercent != last.ProgressPercent)
            {
                options.Progress?.Report(job);
            }

            last = job;
            if (job.Status == JobStatus.Completed)
            {
                return job;
            }

            if (job.Status.IsTerminal())
            {
                throw new LipSyncJobFailedException(job);
            }

            var remaining = options.Timeout - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new LipSyncTimeoutException(
                    $"{provider}: job {jobId} did not complete within {options.Timeout.TotalSeconds:0.#} s (last status {job.ProviderStatus ?? job.Status.ToString()}).",
                    LipSyncErrorKind.Timeout, isRetryable: true, provider);
            }

            await Task.Delay(interval < remaining ? interval : remaining, time, cancellationToken).ConfigureAwait(false);
            interval = TimeSpan.FromTicks(Math.Min((long)(interval.Ticks * options.BackoffFactor), options.MaxInterval.Ticks));
        }
    }
}
