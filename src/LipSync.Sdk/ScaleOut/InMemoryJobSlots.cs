namespace LipSync.Sdk.ScaleOut;

/// <summary>The in-process <see cref="IJobSlots"/>: one pool per provider, waiters woken in arrival order. Thread-safe.</summary>
public sealed class InMemoryJobSlots : IJobSlots
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HashSet<string>> _held = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LinkedList<TaskCompletionSource>> _waiters = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async Task AcquireAsync(string provider, string holder, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(provider);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        while (true)
        {
            TaskCompletionSource wake;
            LinkedListNode<TaskCompletionSource> node;
            lock (_lock)
            {
                var held = Held(provider);
                if (held.Contains(holder) || held.Count < limit)
                {
                    held.Add(holder);
                    return;
                }

                wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                node = Waiters(provider).AddLast(wake);
            }

            try
            {
                await wake.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                lock (_lock)
                {
                    if (node.List is not null)
                    {
                        node.List.Remove(node);
                    }
                    else
                    {
                        // Woken and cancelled at once: pass the wake-up on so the freed slot is not lost.
                        WakeOneLocked(provider);
                    }
                }

                throw;
            }
        }
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string provider, string holder, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (Held(provider).Remove(holder))
            {
                WakeOneLocked(provider);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Abandon(string provider, string holder)
    {
        // No lease to stop: the slot stays held until a resume releases it, which errs on the side of the provider's limit.
    }

    /// <inheritdoc />
    public Task<int> CountAsync(string provider, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(Held(provider).Count);
        }
    }

    private HashSet<string> Held(string provider) =>
        _held.TryGetValue(provider, out var set) ? set : _held[provider] = new HashSet<string>(StringComparer.Ordinal);

    private LinkedList<TaskCompletionSource> Waiters(string provider) =>
        _waiters.TryGetValue(provider, out var list) ? list : _waiters[provider] = [];

    private void WakeOneLocked(string provider)
    {
        var waiters = Waiters(provider);
        if (waiters.First is { } first)
        {
            waiters.RemoveFirst();
            first.Value.TrySetResult();
        }
    }
}
