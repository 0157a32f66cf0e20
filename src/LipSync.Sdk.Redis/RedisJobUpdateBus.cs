using LipSync.Sdk.ScaleOut;
using StackExchange.Redis;

namespace LipSync.Sdk.Redis;

/// <summary>
/// Webhook fan-in on Redis: a publish first claims the event id (<c>SET NX</c> with the dedupe window), so a redelivery
/// to any instance is dropped; a terminal update is also stored for <see cref="RedisScaleOutOptions.Retention"/> so a
/// wait that starts later still sees it; then the update goes out on one pub/sub channel every instance listens to.
/// </summary>
/// <remarks>
/// Pub/sub is at-most-once: an instance disconnected at that moment misses the message. Waits fall back to polling
/// (and re-read the stored terminal update when they start), so a missed message costs polls, never a wrong result.
/// </remarks>
public sealed class RedisJobUpdateBus : IJobUpdateBus
{
    private readonly IConnectionMultiplexer _connection;
    private readonly IDatabase _database;
    private readonly RedisKeys _keys;
    private readonly TimeSpan _dedupeWindow;
    private readonly TimeSpan _retention;

    /// <summary>Creates the bus.</summary>
    /// <param name="connection">The Redis connection.</param>
    /// <param name="options">Prefix and windows; null for the defaults.</param>
    public RedisJobUpdateBus(IConnectionMultiplexer connection, RedisScaleOutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RedisScaleOutOptions();
        _connection = connection;
        _database = connection.GetDatabase();
        _keys = new RedisKeys(options.KeyPrefix);
        _dedupeWindow = options.DedupeWindow;
        _retention = options.Retention;
    }

    /// <inheritdoc />
    public async Task<bool> PublishAsync(JobUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!await _database.StringSetAsync(_keys.Event(update.EventId), 1, _dedupeWindow, When.NotExists).ConfigureAwait(false))
        {
            return false;
        }

        var json = RedisJson.Write(update);
        if (update.Status.IsTerminal())
        {
            await _database.StringSetAsync(_keys.Terminal(update.Provider, update.JobId), json, _retention, When.NotExists).ConfigureAwait(false);
        }

        await _connection.GetSubscriber().PublishAsync(_keys.Updates, json).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> SubscribeAsync(Action<JobUpdate> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscriber = _connection.GetSubscriber();
        Action<RedisChannel, RedisValue> onMessage = (_, message) =>
        {
            if (RedisJson.ReadUpdate(message) is { } update)
            {
                handler(update);
            }
        };
        await subscriber.SubscribeAsync(_keys.Updates, onMessage).ConfigureAwait(false);
        return new Subscription(subscriber, _keys.Updates, onMessage);
    }

    /// <inheritdoc />
    public async Task<JobUpdate?> FindTerminalAsync(string provider, string jobId, CancellationToken cancellationToken = default) =>
        RedisJson.ReadUpdate(await _database.StringGetAsync(_keys.Terminal(provider, jobId)).ConfigureAwait(false));

    private sealed class Subscription(ISubscriber subscriber, RedisChannel channel, Action<RedisChannel, RedisValue> handler) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await subscriber.UnsubscribeAsync(channel, handler).ConfigureAwait(false);
    }
}
