namespace LipSync.Sdk;

/// <summary>Watching a job's status changes as a stream, for any <see cref="ILipSyncClient"/>.</summary>
public static class LipSyncClientWatchExtensions
{
    /// <summary>
    /// Yields the job once at the start and then at each status (or progress) change, ending after the terminal state,
    /// which is yielded rather than thrown. Works from a job id saved earlier (after a restart, for example). Uses the
    /// provider's long poll and <c>Retry-After</c> hints where the client supports them.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="jobId">The provider's job id.</param>
    /// <param name="options">Intervals, overall timeout and progress; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the watch (surfaces as <see cref="OperationCanceledException"/>).</param>
    /// <returns>The job's successive states.</returns>
    /// <exception cref="LipSyncException">A poll failed, or the overall timeout passed (<see cref="LipSyncErrorKind.Timeout"/>).</exception>
    public static IAsyncEnumerable<LipSyncJob> WatchAsync(
        this ILipSyncClient client, string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        options ??= new JobWaitOptions();
        // Asked through GetService rather than a type test so middleware around the client keeps long polls and hints.
        if (client.GetService(typeof(IJobWatchSource)) is IJobWatchSource source)
        {
            return source.WatchAsync(jobId, options, cancellationToken);
        }

        var time = client.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        return JobPoller.WatchAsync(ct => client.GetJobAsync(jobId, ct), client.Provider, jobId, options, time, cancellationToken);
    }
}

/// <summary>Implemented by adapters that watch better than plain polling of <see cref="ILipSyncClient.GetJobAsync"/> (long polls, hints).</summary>
internal interface IJobWatchSource
{
    IAsyncEnumerable<LipSyncJob> WatchAsync(string jobId, JobWaitOptions options, CancellationToken cancellationToken);
}
