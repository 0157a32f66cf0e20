using System.Globalization;

namespace LipSync.Sdk.Testing;

/// <summary>
/// A deterministic <see cref="TimeProvider"/> for tests: time only moves when the test calls <see cref="Advance"/>
/// or, with <see cref="AutoAdvance"/> on, when code under test starts waiting. Every timer's due time is recorded in
/// <see cref="RecordedDelays"/>, so a test can assert "the SDK waited exactly 1 s, 2 s, 4 s" without sleeping.
/// </summary>
/// <remarks>
/// <para>
/// Works with everything that takes a <see cref="TimeProvider"/>: <c>Task.Delay(delay, timeProvider, ct)</c>,
/// <c>new CancellationTokenSource(delay, timeProvider)</c>, <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/>
/// on such a source, and Polly v8 strategies (which create timers through <see cref="CreateTimer"/>).
/// </para>
/// <para>
/// Threading: <see cref="Advance"/> invokes timer callbacks inline on the calling thread, one at a time, in due
/// order; continuations of awaited <c>Task.Delay</c> calls may therefore run on that thread before
/// <see cref="Advance"/> returns. Callbacks fired by <see cref="AutoAdvance"/> (and timers created with a zero due
/// time) are queued to the <see cref="ThreadPool"/>, never invoked inside <see cref="CreateTimer"/> or
/// <see cref="ITimer.Change"/>, because callers such as <c>Task.Delay</c> store the returned timer only after
/// <see cref="CreateTimer"/> returns. Exceptions thrown by callbacks are not caught, as with system timers.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public sealed partial class ManualTimeProvider : TimeProvider
{
    // One lock guards the clock, the scheduled timers and the recorded delays, so "move the clock and pick the
    // timers that are now due" is atomic. Callbacks always run outside the lock: they may create or change timers.
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _scheduled = [];
    private readonly List<TimeSpan> _recordedDelays = [];

    // The clock is kept as UTC ticks so GetUtcNow/GetTimestamp can read it without the lock and without tearing.
    private long _utcTicks;
    private long _nextSequence;
    private bool _autoAdvance;
    private TimeSpan _autoAdvanceMaxDueTime = Timeout.InfiniteTimeSpan;

    /// <summary>The start time used when none is given: 2026-01-01T00:00:00Z.</summary>
    public static DateTimeOffset DefaultStartTime { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creates a clock that starts at <paramref name="startTime"/> (default <see cref="DefaultStartTime"/>).</summary>
    /// <param name="startTime">The initial value of <see cref="GetUtcNow"/>; converted to UTC.</param>
    /// <param name="autoAdvance">The initial value of <see cref="AutoAdvance"/>.</param>
    public ManualTimeProvider(DateTimeOffset? startTime = null, bool autoAdvance = false)
    {
        _utcTicks = (startTime ?? DefaultStartTime).UtcTicks;
        _autoAdvance = autoAdvance;
    }

    /// <summary>
    /// When <see langword="true"/>, every timer created or changed with a finite due time (up to
    /// <see cref="AutoAdvanceMaxDueTime"/>) fires promptly: the clock jumps forward by that due time, firing any
    /// other timer that falls due on the way, and the callbacks are queued to the thread pool. Code under test
    /// therefore never really waits, while <see cref="RecordedDelays"/> still shows how long it asked to wait.
    /// </summary>
    /// <remarks>
    /// A timer disposed or changed before its queued callback runs does not fire. A periodic timer fires once per
    /// jump; later periods fire only when the clock moves again. Timeouts built on this clock (for example
    /// <c>new CancellationTokenSource(timeout, provider)</c> or a Polly timeout strategy) fire promptly too;
    /// use <see cref="AutoAdvanceMaxDueTime"/> to keep long timeouts from firing.
    /// </remarks>
    public bool AutoAdvance
    {
        get { lock (_lock) { return _autoAdvance; } }
        set { lock (_lock) { _autoAdvance = value; } }
    }

    /// <summary>
    /// The longest due time that <see cref="AutoAdvance"/> fires on its own; <see cref="Timeout.InfiniteTimeSpan"/>
    /// (the default) means no limit. Timers with a longer due time are still recorded and fire when the clock
    /// passes their due time (through <see cref="Advance"/> or the jumps of shorter auto-advanced timers).
    /// </summary>
    /// <remarks>
    /// Set it between the longest expected back-off delay and the shortest timeout, e.g. 30 s, so a 100 s
    /// per-attempt timeout does not cancel every attempt while 1 s / 2 s / 4 s back-off delays complete at once.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative and not <see cref="Timeout.InfiniteTimeSpan"/>.</exception>
    public TimeSpan AutoAdvanceMaxDueTime
    {
        get { lock (_lock) { return _autoAdvanceMaxDueTime; } }
        set
        {
            if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Must be non-negative or Timeout.InfiniteTimeSpan.");
            }

            lock (_lock)
            {
                _autoAdvanceMaxDueTime = value;
            }
        }
    }

    /// <summary>
    /// A snapshot, in creation order, of the due time of every timer created or changed with a finite due time
    /// greater than zero (delays, timeouts, Polly back-offs). Zero and infinite due times are not recorded.
    /// </summary>
    public IReadOnlyList<TimeSpan> RecordedDelays
    {
        get { lock (_lock) { return _recordedDelays.ToArray(); } }
    }

    /// <summary>The number of timers that are currently scheduled to fire (not disposed, finite due time).</summary>
    /// <remarks>Useful with manual advancing: wait until the code under test has started its delay, then <see cref="Advance"/>.</remarks>
    public int PendingTimerCount
    {
        get { lock (_lock) { return _scheduled.Count; } }
    }

    /// <inheritdoc />
    /// <remarks>The frequency is <see cref="TimeSpan.TicksPerSecond"/>, so timestamps are the clock's UTC ticks.</remarks>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    /// <remarks>Always UTC, so local-time conversions in code under test are deterministic.</remarks>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Volatile.Read(ref _utcTicks), TimeSpan.Zero);

    /// <inheritdoc />
    /// <remarks>Moves in step with <see cref="GetUtcNow"/>, so <see cref="TimeProvider.GetElapsedTime(long)"/> is exact.</remarks>
    public override long GetTimestamp() => Volatile.Read(ref _utcTicks);

    /// <summary>Clears <see cref="RecordedDelays"/>, e.g. after the arrange phase of a test.</summary>
    public void ClearRecordedDelays()
    {
        lock (_lock)
        {
            _recordedDelays.Clear();
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time span is negative and not <see cref="Timeout.InfiniteTimeSpan"/>.</exception>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ValidateTimerSpan(dueTime, nameof(dueTime));
        ValidateTimerSpan(period, nameof(period));

        var timer = new ManualTimer(this, callback, state);
        Schedule(timer, dueTime, period);
        return timer;
    }

    /// <summary>
    /// Moves the clock forward by <paramref name="delta"/>, invoking on the calling thread, in due order, every timer
    /// that falls due (periodic timers as many times as their period fits). The clock reads each timer's due time
    /// while its callback runs, and ends at the old time plus <paramref name="delta"/>.
    /// </summary>
    /// <param name="delta">How far to move the clock; zero fires timers that are already due.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is negative.</exception>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);

        long target;
        lock (_lock)
        {
            target = Volatile.Read(ref _utcTicks) + delta.Ticks;
        }

        // Take one timer at a time so a callback that disposes or changes a later timer is honoured.
        while (TryTakeNextDue(target) is { } firing)
        {
            firing.Invoke();
        }

        lock (_lock)
        {
            if (Volatile.Read(ref _utcTicks) < target)
            {
                Volatile.Write(ref _utcTicks, target);
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static void ValidateTimerSpan(TimeSpan value, string paramName)
    {
        if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be non-negative or Timeout.InfiniteTimeSpan.");
        }
    }

    // Called by CreateTimer and ITimer.Change. Returns false when the timer is already disposed (as System.Threading.Timer does).
    private bool Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        List<Firing>? toQueue = null;
        lock (_lock)
        {
            if (timer.IsDisposed)
            {
                return false;
            }

            // A new version makes any callback already queued for the old schedule a no-op.
            timer.Version++;
            _scheduled.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            if (dueTime > TimeSpan.Zero)
            {
                _recordedDelays.Add(dueTime);
            }

            timer.DueTicks = Volatile.Read(ref _utcTicks) + dueTime.Ticks;
            timer.PeriodTicks = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
            timer.Sequence = _nextSequence++;
            _scheduled.Add(timer);

            var autoFire = dueTime == TimeSpan.Zero
                || (_autoAdvance && (_autoAdvanceMaxDueTime == Timeout.InfiniteTimeSpan || dueTime <= _autoAdvanceMaxDueTime));
            if (autoFire)
            {
                toQueue = TakeAllDueLocked(timer.DueTicks);
            }
        }

        if (toQueue is { Count: > 0 })
        {
            // One work item keeps the callbacks in due order; each re-checks that its timer was not disposed or changed.
            ThreadPool.UnsafeQueueUserWorkItem(
                static firings =>
                {
                    foreach (var firing in firings)
                    {
                        firing.Invoke();
                    }
                },
                toQueue,
                preferLocal: false);
        }

        return true;
    }

    private void Unschedule(ManualTimer timer)
    {
        lock (_lock)
        {
            timer.IsDisposed = true;
            timer.Version++;
            _scheduled.Remove(timer);
        }
    }

    private Firing? TryTakeNextDue(long targetTicks)
    {
        lock (_lock)
        {
            return TakeNextDueLocked(targetTicks);
        }
    }

    private List<Firing> TakeAllDueLocked(long targetTicks)
    {
        var firings = new List<Firing>();
        while (TakeNextDueLocked(targetTicks) is { } firing)
        {
            firings.Add(firing);
        }

        if (Volatile.Read(ref _utcTicks) < targetTicks)
        {
            Volatile.Write(ref _utcTicks, targetTicks);
        }

        return firings;
    }

    // Picks the earliest due timer (ties: scheduled first), moves the clock to its due time and reschedules or
    // removes it. Must be called under _lock.
    private Firing? TakeNextDueLocked(long targetTicks)
    {
        ManualTimer? next = null;
        foreach (var candidate in _scheduled)
        {
            if (candidate.DueTicks <= targetTicks
                && (next is null || candidate.DueTicks < next.DueTicks
                    || (candidate.DueTicks == next.DueTicks && candidate.Sequence < next.Sequence)))
            {
                next = candidate;
            }
        }

        if (next is null)
        {
            return null;
        }

        if (Volatile.Read(ref _utcTicks) < next.DueTicks)
        {
            Volatile.Write(ref _utcTicks, next.DueTicks);
        }

        if (next.PeriodTicks > 0)
        {
            next.DueTicks += next.PeriodTicks;
            next.Sequence = _nextSequence++;
        }
        else
        {
            _scheduled.Remove(next);
        }

        return new Firing(this, next, next.Version);
    }

    private bool IsCurrent(ManualTimer timer, long version)
    {
        lock (_lock)
        {
            return !timer.IsDisposed && timer.Version == version;
        }
    }

    // A callback that was due when it was taken; it runs only if its timer was not disposed or changed since.
    private sealed class Firing(ManualTimeProvider owner, ManualTimer timer, long version)
    {
        public void Invoke()
        {
            if (owner.IsCurrent(timer, version))
            {
                timer.InvokeCallback();
            }
        }
    }
}
