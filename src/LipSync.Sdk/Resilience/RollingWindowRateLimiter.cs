using System.Diagnostics.CodeAnalysis;
using System.Threading.RateLimiting;

namespace LipSync.Sdk;

/// <summary>
/// A <see cref="RateLimiter"/> that grants at most <c>permitLimit</c> permits in any rolling <c>window</c> of an
/// injected <see cref="TimeProvider"/> (a sliding log: each grant is remembered until it is a full window old), and
/// queues further callers in arrival order until the oldest grant leaves the window.
/// </summary>
/// <remarks>
/// Why not <see cref="SlidingWindowRateLimiter"/> or <see cref="TokenBucketRateLimiter"/>: both measure elapsed time
/// with the real <see cref="System.Diagnostics.Stopwatch"/> even when replenished by hand (measured: a manual
/// <c>TryReplenish</c> without real time passing releases nothing), so they cannot run on a manual clock, and their
/// segment approximation lets up to one segment more through than a strict server-side rolling window allows. Leases
/// are not returned on dispose: a grant counts for the whole window, as it does on the server. A timer exists only
/// while callers wait, so an idle limiter holds none.
/// </remarks>
internal sealed class RollingWindowRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true);
    private static readonly RateLimitLease Rejected = new Lease(false);

    private readonly Lock _lock = new();
    private readonly Queue<long> _grants = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly TimeProvider _time;
    private readonly int _permitLimit;
    private readonly int _queueLimit;
    private readonly TimeSpan _window;
    private readonly ITimer _timer;
    private long _idleSince;
    private long _successful;
    private long _failed;
    private bool _disposed;

    public RollingWindowRateLimiter(int permitLimit, TimeSpan window, int queueLimit, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        _permitLimit = permitLimit;
        _window = window;
        _queueLimit = queueLimit;
        _time = time;
        _idleSince = time.GetTimestamp();
        _timer = time.CreateTimer(static state => ((RollingWindowRateLimiter)state!).OnWindowMoved(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                Prune();
                return _grants.Count == 0 && _waiters.Count == 0 ? _time.GetElapsedTime(_idleSince) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Prune();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _permitLimit - _grants.Count,
                CurrentQueuedCount = _waiters.Count,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ValidatePermitCount(permitCount);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Prune();
            return permitCount == 0 ? Granted : TryGrant() ? Granted : Reject();
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ValidatePermitCount(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Prune();
            if (permitCount == 0 || TryGrant())
            {
                return ValueTask.FromResult(Granted);
            }

            if (_waiters.Count >= _queueLimit)
            {
                return ValueTask.FromResult(Reject());
            }

            waiter = new Waiter();
            waiter.Node = _waiters.AddLast(waiter);
            ScheduleLocked();
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Owner = this;
            waiter.Registration = cancellationToken.UnsafeRegister(static (state, token) => ((RollingWindowRateLimiter)((Waiter)state!).Owner!).Cancel((Waiter)state!, token), waiter);
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        List<Waiter> pending;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            pending = [.. _waiters];
            _waiters.Clear();
        }

        _timer.Dispose();
        foreach (var waiter in pending)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetException(new ObjectDisposedException(nameof(RollingWindowRateLimiter)));
        }
    }

    protected override ValueTask DisposeAsyncCore()
    {
        Dispose(true);
        return ValueTask.CompletedTask;
    }

    private static void ValidatePermitCount(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
    }

    // Grants only when nobody queues ahead (arrival order).
    private bool TryGrant()
    {
        if (_waiters.Count > 0 || _grants.Count >= _permitLimit)
        {
            return false;
        }

        _grants.Enqueue(_time.GetTimestamp());
        _successful++;
        return true;
    }

    private RateLimitLease Reject()
    {
        _failed++;
        return Rejected;
    }

    // A grant leaves the window once it is a full window old, like the server's rolling count.
    private void Prune()
    {
        var now = _time.GetTimestamp();
        while (_grants.TryPeek(out var oldest) && _time.GetElapsedTime(oldest, now) >= _window)
        {
            _grants.Dequeue();
        }

        if (_grants.Count == 0 && _waiters.Count == 0)
        {
            _idleSince = now;
        }
    }

    private void ScheduleLocked()
    {
        if (_waiters.Count > 0 && _grants.TryPeek(out var oldest))
        {
            var due = _window - _time.GetElapsedTime(oldest);
            _timer.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnWindowMoved()
    {
        var released = new List<Waiter>();
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            Prune();
            while (_waiters.First is { } first && _grants.Count < _permitLimit)
            {
                _waiters.RemoveFirst();
                _grants.Enqueue(_time.GetTimestamp());
                _successful++;
                released.Add(first.Value);
            }

            ScheduleLocked();
        }

        foreach (var waiter in released)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetResult(Granted);
        }
    }

    private void Cancel(Waiter waiter, CancellationToken token)
    {
        lock (_lock)
        {
            if (waiter.Node?.List is null)
            {
                return; // already granted
            }

            _waiters.Remove(waiter.Node);
            _failed++;
            ScheduleLocked();
        }

        waiter.Completion.TrySetCanceled(token);
    }

    private sealed class Waiter
    {
        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }

        public object? Owner { get; set; }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, [NotNullWhen(true)] out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
