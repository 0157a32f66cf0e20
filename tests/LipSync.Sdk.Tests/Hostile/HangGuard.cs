namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Turns "the SDK waits forever on the manual clock" into a failure instead of a hung test run. Not a measurement:
/// the behaviour is asserted on the manual clock; this only bounds how long a broken SDK may keep the test waiting.
/// </summary>
internal static class HangGuard
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static Task<T> Bounded<T>(this Task<T> task) => task.WaitAsync(Patience);
}
