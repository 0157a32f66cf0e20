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
    private readonly TimeProvider _time;
    private readonly int _permitLimit;
    private readonly int _queueLimit;

    public GenerationRateGate(ChamelaionOptions options, TimeProvider time)
    {
        _permitLimit = options.GenerationRequestsPerMinute;
        _queueLimit = options.GenerationQueueLimit;
        _time = time;
        _limiter = new RollingWindowRateLimiter(_permitLimit, Window, _queueLimit, time);
    }

    /// <summary>The calls waiting for a permit now.</summary>
    public long QueuedCount => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>Waits for a permit to send one generate request, for at most <paramref name="within"/> (the call's remaining budget).</summary>
    /// <exception cref="LipSyncRateLimitException">The queue is full; nothing was sent.</exception>
    /// <exception cref="LipSyncTimeoutException">The call's total budget ran out while it waited; nothing was sent.</exception>
    public async ValueTask AcquireAsync(TimeSpan? within, CancellationToken cancellationToken)
    {
        // Only a call that has to queue arms a timer for its budget: a free permit is granted synchronously.
        using var budget = within is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = _limiter.AcquireAsync(1, budget?.Token ?? cancellationToken);
        ITimer? timer = null;
        if (!pending.IsCompleted && budget is not null && within is { } left)
        {
            if (left > TimeSpan.Zero)
            {
                timer = _time.CreateTimer(static cts => CancelUnlessDisposed((CancellationTokenSource)cts!), budget, left, Timeout.InfiniteTimeSpan);
            }
            else
            {
                await budget.CancelAsync().ConfigureAwait(false);
            }
        }

        RateLimitLease lease;
        try
        {
            lease = await pending.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            throw new LipSyncTimeoutException(
                $"{ChamelaionErrorCatalog.ProviderName}: the total timeout ran out while the generate call waited for the client-side rate limit of {_permitLimit} per minute; nothing was sent.",
                isRetryable: true, ChamelaionErrorCatalog.ProviderName);
        }
        finally
        {
            timer?.Dispose();
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                throw new LipSyncRateLimitException(
                    $"{ChamelaionErrorCatalog.ProviderName}: {_queueLimit} generate calls are already waiting for the client-side rate limit of {_permitLimit} per minute; nothing was sent.",
                    isRetryable: true, ChamelaionErrorCatalog.ProviderName);
            }
        }
    }

    public void Dispose() => _limiter.Dispose();

    // The timer can fire just as the permit arrives and the wait's token source is disposed: nothing is left to cancel then.
    private static void CancelUnlessDisposed(CancellationTokenSource budget)
    {
        try
        {
            budget.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
