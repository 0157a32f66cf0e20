namespace LipSync.Sdk.ScaleOut;

/// <summary>A request-rate limit of one provider operation: at most <see cref="Permits"/> calls per sliding <see cref="Window"/>.</summary>
/// <param name="Provider">The provider name.</param>
/// <param name="Operation">The operation: <see cref="Submit"/> or <see cref="Read"/>.</param>
/// <param name="Permits">Calls allowed per window.</param>
/// <param name="Window">The window.</param>
public sealed record RequestRateLimit(string Provider, string Operation, int Permits, TimeSpan Window)
{
    /// <summary>Creating a job.</summary>
    public const string Submit = "submit";

    /// <summary>Reading a job (polls).</summary>
    public const string Read = "read";

    /// <summary>
    /// The providers' documented per-key limits (provider notes): Sync <c>POST /v2/generate</c> 60/min and other
    /// endpoints 600/min; HeyGen and Chamelaion 60/min on generation endpoints; AudioSpliter's free plan 10/min on every
    /// request. Breeze publishes no request-rate limit (its limit is concurrency).
    /// </summary>
    public static IReadOnlyList<RequestRateLimit> Documented { get; } =
    [
        new("sync", Submit, 60, TimeSpan.FromMinutes(1)),
        new("sync", Read, 600, TimeSpan.FromMinutes(1)),
        new("heygen", Submit, 60, TimeSpan.FromMinutes(1)),
        new("chamelaion", Submit, 60, TimeSpan.FromMinutes(1)),
        new("audiospliter", Submit, 10, TimeSpan.FromMinutes(1)),
        new("audiospliter", Read, 10, TimeSpan.FromMinutes(1)),
    ];
}
