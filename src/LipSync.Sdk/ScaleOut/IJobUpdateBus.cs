namespace LipSync.Sdk.ScaleOut;

/// <summary>
/// Webhook fan-in: the instance that receives a verified webhook publishes the job update; every instance's waits and
/// slot holders receive it. Redeliveries (same <see cref="JobUpdate.EventId"/>) are dropped, and the latest terminal
/// update of each job is kept so a wait that starts after the webhook still sees it. In-process by default
/// (<see cref="InMemoryJobUpdateBus"/>); Redis pub/sub with <c>LipSync.Sdk.Redis</c>.
/// </summary>
public interface IJobUpdateBus
{
    /// <summary>Publishes an update unless its event id was published before.</summary>
    /// <param name="update">The update.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when published; false for a redelivery that was dropped.</returns>
    Task<bool> PublishAsync(JobUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Starts receiving every published update (from any instance) until the returned handle is disposed.</summary>
    /// <param name="handler">Called for each update; must not block.</param>
    /// <param name="cancellationToken">Cancels the subscription call.</param>
    /// <returns>The subscription.</returns>
    Task<IAsyncDisposable> SubscribeAsync(Action<JobUpdate> handler, CancellationToken cancellationToken = default);

    /// <summary>The terminal update recorded for a job, if one was published.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="jobId">The job.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The update, or null.</returns>
    Task<JobUpdate?> FindTerminalAsync(string provider, string jobId, CancellationToken cancellationToken = default);
}
