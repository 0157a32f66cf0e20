using LipSync.Sdk;

namespace ProvidersSample;

/// <summary>How the samples wait: short intervals, because the emulators finish a job after a few polls.</summary>
internal static class SampleWait
{
    // Against a real provider keep the defaults (1 s growing to 10 s); jobs take minutes there.
    public static JobWaitOptions Options => new()
    {
        InitialInterval = TimeSpan.FromMilliseconds(100),
        MaxInterval = TimeSpan.FromMilliseconds(300),
        Timeout = TimeSpan.FromMinutes(2),
        Progress = new InlineProgress(job => Console.WriteLine($"          {job.Status} {job.ProviderStatus}")),
    };

    // Progress<T> posts to the thread pool, so its lines can come out of order; this one reports inline.
    private sealed class InlineProgress(Action<LipSyncJob> report) : IProgress<LipSyncJob>
    {
        public void Report(LipSyncJob value) => report(value);
    }
}
