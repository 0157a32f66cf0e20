namespace LipSync.Sdk;

/// <summary>
/// A provider-neutral lip-sync client: submit a job, read it, wait for it, list jobs. Each provider implements it
/// over its native client, which <see cref="GetService"/> returns for anything the neutral model lacks. Middleware
/// (logging, fallback, shared limits...) wraps a client by deriving from <see cref="DelegatingLipSyncClient"/>.
/// </summary>
/// <remarks>
/// Disposing a client built by the SDK's DI registration or <see cref="ILipSyncClientFactory"/> is a no-op for the
/// caller: the container or factory owns it. A client you build yourself (a wrapper, a stand-alone client) is yours to dispose.
/// </remarks>
public interface ILipSyncClient : IDisposable
{
    /// <summary>The provider name ("sync", ...).</summary>
    string Provider { get; }

    /// <summary>Submits a lip-sync job. Safe to retry where the provider supports idempotency keys.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job as created (usually pending).</returns>
    /// <exception cref="LipSyncException">The provider rejected the request or could not be reached.</exception>
    /// <exception cref="LipSyncValidationException">A documented rule of the provider is broken; checked locally, nothing was sent.</exception>
    /// <exception cref="FileNotFoundException">A <see cref="MediaSource.FromFile"/> input no longer exists; nothing was sent.</exception>
    /// <exception cref="ObjectDisposedException">The factory or service provider that made this client was disposed.</exception>
    /// <exception cref="NotSupportedException">
    /// The provider does not do lip-sync: <c>breeze</c> (text to speech) and <c>audiospliter</c> (audio splitting). Create
    /// their jobs with their native clients (<c>IBreezeClient</c>, <c>IAudioSpliterClient</c>) and read them here with
    /// <see cref="GetJobAsync"/> and <see cref="WaitForCompletionAsync"/>. Sync, Chamelaion and HeyGen support it.
    /// </exception>
    Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads a job's current state.</summary>
    /// <param name="jobId">The provider's job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="LipSyncException">The job does not exist or the provider could not be reached.</exception>
    Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Polls a job until it completes, fails, or the wait times out. Works for any job id saved earlier.</summary>
    /// <param name="jobId">The provider's job id.</param>
    /// <param name="options">Polling intervals, overall timeout and progress; null uses the client's defaults.</param>
    /// <param name="cancellationToken">Cancels the wait (surfaces as <see cref="OperationCanceledException"/>).</param>
    /// <returns>The completed job.</returns>
    /// <exception cref="LipSyncJobFailedException">The job ended failed or canceled.</exception>
    /// <exception cref="LipSyncException">The wait timed out (<see cref="LipSyncErrorKind.Timeout"/>) or a poll failed.</exception>
    Task<LipSyncJob> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists jobs, newest first where the provider orders them, fetching pages lazily.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The jobs.</returns>
    /// <exception cref="NotSupportedException">The provider has no list endpoint (<see cref="LipSyncCapabilities.List"/> is false).</exception>
    IAsyncEnumerable<LipSyncJob> ListJobsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a job and its output at the provider, where the provider supports it: check
    /// <see cref="LipSyncCapabilities.Delete"/> (<c>client.GetCapabilities()</c>) first. Sync deletes only finished
    /// generations (a running one answers 409, <see cref="LipSyncErrorKind.Conflict"/>).
    /// </summary>
    /// <param name="jobId">The provider's job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the provider has deleted the job.</returns>
    /// <exception cref="NotSupportedException">The provider cannot delete jobs (<see cref="LipSyncCapabilities.Delete"/> is false).</exception>
    /// <exception cref="LipSyncException">The job does not exist, cannot be deleted in its state, or the provider could not be reached.</exception>
    Task DeleteJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns an underlying service, such as the provider's native client (for Sync, <c>ISyncClient</c>), the clock,
    /// the provider's <see cref="LipSyncCapabilities"/>, or a wrapper in the middleware chain. Wrappers pass requests they cannot answer to the client they wrap, so the
    /// native client stays reachable through any number of them.
    /// </summary>
    /// <param name="serviceType">The type wanted.</param>
    /// <param name="serviceKey">An optional key for services registered under one (null for none).</param>
    /// <returns>The service, or null when this client has none of that type.</returns>
    object? GetService(Type serviceType, object? serviceKey = null);
}
