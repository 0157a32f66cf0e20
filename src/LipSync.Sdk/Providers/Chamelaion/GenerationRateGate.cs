using System.Threading.RateLimiting;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// The opt-in client-side pacing of Chamelaion's generate endpoints ("60 requests/min on generation endpoints"): at
/// most <see cref="ChamelaionOptions.GenerationRequestsPerMinute"/> generate requests in any rolling minute of the
/// client's <see cref="TimeProvider"/>, further calls queued in arrival order (see <see cref="RollingWindowRateLimiter"/>).
/// </summary>
internal sealed class GenerationRateGate : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly RateLimiter _limiter;
    private readonly int _permitLimit;
    private readonly int _queueLimit;

    public GenerationRateGate(ChamelaionOptions options, TimeProvider time)
    {
        _permitLimit = options.GenerationRequestsPerMinute;
        _queueLimit = options.GenerationQueueLimit;
        _limiter = new RollingWindowRateLimiter(_permitLimit, Window, _queueLimit, time);
    }

    /// <summary>The calls waiting for a permit now.</summary>
    public long QueuedCount => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>Waits for a permit to send one generate request.</summary>
    /// <exception cref="LipSyncRateLimitException">The queue is full; nothing was sent.</exception>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new LipSyncRateLimitException(
                $"{ChamelaionErrorCatalog.ProviderName}: {_queueLimit} generate calls are already waiting for the client-side rate limit of {_permitLimit} per minute; nothing was sent.",
                isRetryable: true, ChamelaionErrorCatalog.ProviderName);
        }
    }

    public void Dispose() => _limiter.Dispose();
}
