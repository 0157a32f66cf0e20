using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests;

/// <summary>
/// A <see cref="ManualTimeProvider"/> that tells the test when code under test starts waiting: every timer created
/// (a back-off, a poll interval, a timeout) wakes <see cref="UntilAsync"/>, so a test can move the clock exactly
/// when the SDK has reached the wait it expects — no sleeping, no guessing.
/// </summary>
internal sealed class ObservedClock(ManualTimeProvider inner) : TimeProvider
{
    /// <summary>How long a test waits, in real time, for something that should happen at once before it calls it a hang.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    // Released once per timer created and per Notify: each release is one chance for a waited-on condition to change.
    private readonly SemaphoreSlim _changed = new(0);

    public ObservedClock(bool autoAdvance = false)
        : this(new ManualTimeProvider(autoAdvance: autoAdvance))
    {
    }

    public ManualTimeProvider Inner { get; } = inner;

    public int PendingTimerCount => Inner.PendingTimerCount;

    public IReadOnlyList<TimeSpan> RecordedDelays => Inner.RecordedDelays;

    public override long TimestampFrequency => Inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Inner.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => Inner.GetUtcNow();

    public override long GetTimestamp() => Inner.GetTimestamp();

    public void Advance(TimeSpan delta) => Inner.Advance(delta);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Inner.CreateTimer(callback, state, dueTime, period);
        _changed.Release();
        return timer;
    }

    /// <summary>Waits until a timer with <paramref name="dueTime"/> has been created (counting those created before).</summary>
    public async Task WhenDelayRecordedAsync(TimeSpan dueTime)
    {
        while (!Inner.RecordedDelays.Contains(dueTime))
        {
            await WaitForNextTimerAsync($"a {dueTime} timer");
        }
    }

    /// <summary>Wakes <see cref="UntilAsync"/> for a change the clock cannot see (a flow finished, say).</summary>
    public void Notify() => _changed.Release();

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking it each time a timer is created or <see cref="Notify"/> is called.</summary>
    public async Task UntilAsync(Func<bool> condition, string what)
    {
        while (!condition())
        {
            await WaitForNextTimerAsync(what);
        }
    }

    private async Task WaitForNextTimerAsync(string what)
    {
        if (!await _changed.WaitAsync(HangGuard))
        {
            throw new TimeoutException($"Nothing changed for {HangGuard.TotalSeconds:0} s while waiting for {what}: the code under test hangs.");
        }
    }
}
