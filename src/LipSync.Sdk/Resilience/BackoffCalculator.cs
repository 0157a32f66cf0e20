namespace LipSync.Sdk;

/// <summary>Exponential backoff with optional ±20 % jitter: BaseDelay × 2^retry, capped at MaxDelay.</summary>
internal static class BackoffCalculator
{
    public static TimeSpan Compute(LipSyncRetryOptions options, int retryIndex)
    {
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retryIndex, 30));
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        if (options.UseJitter)
        {
            capped *= 0.8 + (Random.Shared.NextDouble() * 0.4);
        }

        return TimeSpan.FromMilliseconds(capped);
    }
}
