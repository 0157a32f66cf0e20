namespace LipSync.Sdk.Tests;

/// <summary>
/// Waits for a state that no event reports (an emulator's job table, a client's queue length) by re-checking it.
/// A condition wait, not a sleep: it returns as soon as the state holds, asserts nothing about time, and fails only
/// after <see cref="ObservedClock.HangGuard"/> — where the code under test is stuck, not slow. Prefer an event
/// (<c>LoopbackEmulator.WaitForRequestsAsync</c>, <see cref="ObservedClock.UntilAsync"/>) when there is one.
/// </summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what)
    {
        using var hang = new CancellationTokenSource(ObservedClock.HangGuard);
        while (!condition())
        {
            if (hang.IsCancellationRequested)
            {
                throw new TimeoutException($"Still waiting for {what} after {ObservedClock.HangGuard.TotalSeconds:0} s: the code under test hangs.");
            }

            // Yield the core to the code under test between checks.
            await Task.Delay(1, CancellationToken.None);
        }
    }
}
