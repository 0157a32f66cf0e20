using System.Threading.RateLimiting;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// The opt-in client-side pacing of Chamelaion's generate endpoints ("60 requests/min on generation endpoints"): a
/// <see cref="SlidingWindowRateLimiter"/> over a one-minute window of 60 one-second segments, queueing callers in
/// arrival order once the window is full.
/// </summary>
/// <remarks>
/// The limiter does not replenish itself (its own timer runs on the real clock); a timer of the injected
/// <see cref="TimeProvider"/> moves the window one segment per second instead, so tests drive it with a manual clock.
/// The timer runs only while permits are out or callers wait, so an idle client holds no running timer.
/// </remarks>
internal sealed class GenerationRateGate : IDisposable
{
    private const int SegmentsPerWindow = 60;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Segment = Window / SegmentsPerWindow;

    private readonly SlidingWindowRateLimiter _limiter;
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private readonly int _permitLimit;
    private readonly int _queueLimit;
    private int _acquiring;
    private bool _ticking;

    public GenerationRateGate(ChamelaionOptions options, TimeProvider time)
    {
        _permitLimit = options.GenerationRequestsPerMinute;
        _queueLimit = options.GenerationQueueLimit;
        _limiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = _permitLimit,
            Window = Window,
            SegmentsPerWindow = SegmentsPerWindow,
            AutoReplenishment = false,
            QueueLimit = _queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _timer = time.CreateTimer(static state => ((GenerationRateGate)state!).Tick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The calls waiting for a permit now.</summary>
    public long QueuedCount => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>Waits for a permit to send one generate request.</summary>
    /// <exception cref="LipSyncRateLimitException">The queue is full; nothing was sent.</exception>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            // Counted so a tick cannot stop the timer between this call's start and its place in the queue.
            _acquiring++;
            if (!_ticking)
            {
                _ticking = true;
                _timer.Change(Segment, Segment);
            }
        }

        RateLimitLease lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_lock)
            {
                _acquiring--;
            }
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                throw new LipSyncRateLimitException(
                    $"{ChamelaionErrorCatalog.ProviderName}: {_queueLimit} generate calls are already waiting for the client-side rate limit of {_permitLimit} per minute; nothing was sent.",
                    LipSyncErrorKind.RateLimited, isRetryable: true, ChamelaionErrorCatalog.ProviderName, retryAfter: Segment);
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _limiter.Dispose();
    }

    private void Tick()
    {
        _limiter.TryReplenish();
        lock (_lock)
        {
            var statistics = _limiter.GetStatistics();
            if (_acquiring == 0 && statistics is { CurrentQueuedCount: 0 } && statistics.CurrentAvailablePermits >= _permitLimit)
            {
                _ticking = false;
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }
    }
}
