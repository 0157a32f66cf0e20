namespace LipSync.Sdk.Testing;

/// <summary>Waiting for requests to arrive, so tests react to the server's side of an exchange instead of sleeping.</summary>
public abstract partial class LoopbackEmulator
{
    // Guarded by _lock, like _requests, so a request recorded while a waiter registers is never missed.
    private readonly List<RequestWaiter> _waiters = [];

    // Requests whose fault applies after processing, recorded but not yet counted by waiters (guarded by _lock).
    private readonly HashSet<RecordedRequest> _unannounced = [];

    /// <summary>
    /// Completes once <paramref name="count"/> recorded requests match <paramref name="match"/>, counting those already
    /// recorded. A stalled request is counted when it stalls, so this also signals "the request is now hanging"; one
    /// whose fault applies after processing (<c>AfterProcessing()</c>) is counted once the server has done its work.
    /// </summary>
    /// <param name="match">Which requests count; called under the emulator's lock, so keep it cheap and side-effect free.</param>
    /// <param name="count">How many matching requests to wait for.</param>
    /// <param name="cancellationToken">Cancels the wait (not the requests).</param>
    /// <returns>A task that completes when the requests have arrived.</returns>
    public Task WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        RequestWaiter waiter;
        lock (_lock)
        {
            var missing = count - _requests.Count(r => match(r) && !_unannounced.Contains(r));
            if (missing <= 0)
            {
                return Task.CompletedTask;
            }

            waiter = new RequestWaiter(match, missing);
            _waiters.Add(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(() =>
            {
                lock (_lock)
                {
                    _waiters.Remove(waiter);
                }

                waiter.Completion.TrySetCanceled(cancellationToken);
            });
        }

        return waiter.Completion.Task;
    }

    /// <summary>Completes once <paramref name="count"/> requests with <paramref name="method"/> under <paramref name="pathPrefix"/> were recorded.</summary>
    /// <param name="method">The HTTP method (case-insensitive).</param>
    /// <param name="pathPrefix">The path prefix (case-insensitive), as in <see cref="RequestsTo"/>.</param>
    /// <param name="count">How many requests to wait for, counting those already recorded.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the requests have arrived.</returns>
    public Task WaitForRequestsAsync(string method, string pathPrefix, int count = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        return WaitForRequestsAsync(
            r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && r.Path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase),
            count,
            cancellationToken);
    }

    // Called under _lock right after a request is recorded.
    private void ReleaseWaiters(RecordedRequest recorded)
    {
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            var waiter = _waiters[i];
            if (waiter.Match(recorded) && --waiter.Missing == 0)
            {
                _waiters.RemoveAt(i);
                waiter.Registration.Dispose();

                // Continuations run on the thread pool, never under the lock.
                waiter.Completion.TrySetResult();
            }
        }
    }

    private sealed class RequestWaiter(Func<RecordedRequest, bool> match, int missing)
    {
        public Func<RecordedRequest, bool> Match { get; } = match;

        public int Missing { get; set; } = missing;

        public CancellationTokenRegistration Registration { get; set; }

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
