namespace LipSync.Sdk.Testing;

/// <summary>
/// The queue of scripted faults of a <see cref="LoopbackEmulator"/>. Each request takes the first queued entry whose
/// method and path prefix match it (FIFO among matches); an entry queued with <c>times: n</c> matches n requests.
/// Requests that match no entry are processed normally. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(503, null), times: 2);
/// emulator.Faults.Enqueue(null, "/", Fault.DropConnection()); // next request of any kind
/// </code>
/// </example>
public sealed class FaultScript
{
    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];

    internal FaultScript()
    {
    }

    /// <summary>How many more requests will be answered by a fault (the sum of the remaining counts of all entries).</summary>
    public int RemainingCount
    {
        get
        {
            lock (_lock)
            {
                var total = 0;
                foreach (var entry in _entries)
                {
                    total += entry.Remaining;
                }

                return total;
            }
        }
    }

    /// <summary>Queues <paramref name="fault"/> for the next <paramref name="times"/> requests that match.</summary>
    /// <param name="method">The HTTP method to match (case-insensitive), or <see langword="null"/> for any method.</param>
    /// <param name="pathPrefix">The path prefix to match (case-insensitive), e.g. <c>"/v2/generate"</c>; <c>"/"</c> matches every path.</param>
    /// <param name="fault">The fault to apply.</param>
    /// <param name="times">How many matching requests the fault applies to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pathPrefix"/> or <paramref name="fault"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is less than 1.</exception>
    public void Enqueue(string? method, string pathPrefix, Fault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_lock)
        {
            _entries.Add(new Entry(method, pathPrefix, fault) { Remaining = times });
        }
    }

    /// <summary>Queues <paramref name="fault"/> for the next <paramref name="times"/> requests, whatever their method and path.</summary>
    /// <param name="fault">The fault to apply.</param>
    /// <param name="times">How many requests the fault applies to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is less than 1.</exception>
    public void Enqueue(Fault fault, int times = 1) => Enqueue(null, "/", fault, times);

    /// <summary>Removes every queued fault.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }

    // Consumes one use of the first entry matching the request, if any.
    internal Fault? TryTake(string method, string path)
    {
        lock (_lock)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                var entry = _entries[i];
                if (!entry.Matches(method, path))
                {
                    continue;
                }

                if (--entry.Remaining == 0)
                {
                    _entries.RemoveAt(i);
                }

                return entry.Fault;
            }

            return null;
        }
    }

    private sealed class Entry(string? method, string pathPrefix, Fault fault)
    {
        public Fault Fault { get; } = fault;

        public int Remaining { get; set; }

        public bool Matches(string requestMethod, string requestPath) =>
            (method is null || string.Equals(method, requestMethod, StringComparison.OrdinalIgnoreCase))
            && requestPath.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase);
    }
}
