using System.Collections.Concurrent;

namespace LipSync.Sdk.ScaleOut;

/// <summary>The in-process <see cref="IJobUpdateBus"/>: webhooks received by this process wake waits in this process. Thread-safe.</summary>
public sealed class InMemoryJobUpdateBus : IJobUpdateBus
{
    // Redeliveries come within days (AudioSpliter: 3); a bounded memory of ids is enough in one process.
    private const int RememberedEventIds = 100_000;
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _seenOrder = new();
    private readonly ConcurrentDictionary<(string Provider, string JobId), JobUpdate> _terminal = new();
    private readonly Lock _lock = new();
    private ImmutableHandlers _handlers = new([]);

    /// <inheritdoc />
    public Task<bool> PublishAsync(JobUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!_seen.TryAdd(update.EventId, 0))
        {
            return Task.FromResult(false);
        }

        _seenOrder.Enqueue(update.EventId);
        while (_seenOrder.Count > RememberedEventIds && _seenOrder.TryDequeue(out var old))
        {
            _seen.TryRemove(old, out _);
        }

        if (update.Status.IsTerminal())
        {
            _terminal.TryAdd((update.Provider, update.JobId), update);
        }

        foreach (var handler in Volatile.Read(ref _handlers).Items)
        {
            handler(update);
        }

        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public Task<IAsyncDisposable> SubscribeAsync(Action<JobUpdate> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_lock)
        {
            _handlers = new ImmutableHandlers([.. _handlers.Items, handler]);
        }

        return Task.FromResult<IAsyncDisposable>(new Subscription(this, handler));
    }

    /// <inheritdoc />
    public Task<JobUpdate?> FindTerminalAsync(string provider, string jobId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_terminal.TryGetValue((provider, jobId), out var update) ? update : null);

    private void Unsubscribe(Action<JobUpdate> handler)
    {
        lock (_lock)
        {
            _handlers = new ImmutableHandlers(_handlers.Items.Where(h => h != handler).ToArray());
        }
    }

    private sealed record ImmutableHandlers(Action<JobUpdate>[] Items);

    private sealed class Subscription(InMemoryJobUpdateBus bus, Action<JobUpdate> handler) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            bus.Unsubscribe(handler);
            return ValueTask.CompletedTask;
        }
    }
}
