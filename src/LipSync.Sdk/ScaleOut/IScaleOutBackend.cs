using System.Threading.RateLimiting;

namespace LipSync.Sdk.ScaleOut;

/// <summary>
/// Where the shared state of scale-out lives: the job journal, the concurrency slots, the job-update bus and the
/// request-rate limiters. <see cref="InProcessScaleOutBackend"/> keeps it in memory; <c>LipSync.Sdk.Redis</c>'s
/// <c>RedisScaleOutBackend</c> shares it between processes.
/// </summary>
public interface IScaleOutBackend
{
    /// <summary>The job journal.</summary>
    IJobJournal Journal { get; }

    /// <summary>The job-lifetime concurrency slots.</summary>
    IJobSlots Slots { get; }

    /// <summary>The job-update bus (webhook fan-in).</summary>
    IJobUpdateBus Updates { get; }

    /// <summary>Creates the limiter for one rate limit, shared by every instance using the same backend.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>A limiter; the caller disposes it.</returns>
    RateLimiter CreateRateLimiter(RequestRateLimit limit);
}

/// <summary>The embedded default: everything in this process's memory, nothing to install.</summary>
public sealed class InProcessScaleOutBackend : IScaleOutBackend
{
    /// <inheritdoc />
    public IJobJournal Journal { get; } = new InMemoryJobJournal();

    /// <inheritdoc />
    public IJobSlots Slots { get; } = new InMemoryJobSlots();

    /// <inheritdoc />
    public IJobUpdateBus Updates { get; } = new InMemoryJobUpdateBus();

    /// <inheritdoc />
    public RateLimiter CreateRateLimiter(RequestRateLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit.Permits,
            Window = limit.Window,
            SegmentsPerWindow = 6,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}
