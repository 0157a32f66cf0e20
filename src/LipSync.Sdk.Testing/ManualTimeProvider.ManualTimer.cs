namespace LipSync.Sdk.Testing;

public sealed partial class ManualTimeProvider
{
    // The ITimer handed out by CreateTimer. It holds no clock logic of its own: the provider owns the schedule so
    // that moving the clock and picking due timers happen under one lock.
    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        // The fields below are guarded by the owner's lock.
        public long DueTicks;
        public long PeriodTicks;
        public long Sequence;
        public long Version;
        public bool IsDisposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            ValidateTimerSpan(dueTime, nameof(dueTime));
            ValidateTimerSpan(period, nameof(period));
            return owner.Schedule(this, dueTime, period);
        }

        public void InvokeCallback() => callback(state);

        public void Dispose() => owner.Unschedule(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
