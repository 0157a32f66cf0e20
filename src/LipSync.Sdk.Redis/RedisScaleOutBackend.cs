using System.Threading.RateLimiting;
using LipSync.Sdk.ScaleOut;
using RedisRateLimiting;
using StackExchange.Redis;

namespace LipSync.Sdk.Redis;

/// <summary>
/// The scale-out state shared through Redis by every worker of one provider account: <see cref="RedisJobJournal"/>,
/// <see cref="RedisJobSlots"/>, <see cref="RedisJobUpdateBus"/> and request-rate limits as RedisRateLimiting sliding
/// windows (a <see cref="RateLimiter"/> whose count lives in Redis). Register one per process (it renews leases).
/// </summary>
public sealed class RedisScaleOutBackend : IScaleOutBackend, IDisposable
{
    private readonly IConnectionMultiplexer _connection;
    private readonly RedisKeys _keys;
    private readonly RedisJobSlots _slots;

    /// <summary>Creates the backend over an open connection (which the caller keeps and disposes).</summary>
    /// <param name="connection">The Redis connection.</param>
    /// <param name="options">Prefix, lease, windows and clock; null for the defaults.</param>
    public RedisScaleOutBackend(IConnectionMultiplexer connection, RedisScaleOutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RedisScaleOutOptions();
        _connection = connection;
        _keys = new RedisKeys(options.KeyPrefix);
        Journal = new RedisJobJournal(connection, options);
        _slots = new RedisJobSlots(connection, options);
        Updates = new RedisJobUpdateBus(connection, options);
    }

    /// <inheritdoc />
    public IJobJournal Journal { get; }

    /// <inheritdoc />
    public IJobSlots Slots => _slots;

    /// <inheritdoc />
    public IJobUpdateBus Updates { get; }

    /// <inheritdoc />
    public RateLimiter CreateRateLimiter(RequestRateLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new RedisSlidingWindowRateLimiter<string>(
            _keys.RateLimit(new RequestRateLimitKey(limit.Provider, limit.Operation)),
            new RedisSlidingWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => _connection,
                PermitLimit = limit.Permits,
                Window = limit.Window,
            });
    }

    /// <summary>Stops renewing this process's slot leases (they lapse unless released).</summary>
    public void Dispose() => _slots.Dispose();
}
