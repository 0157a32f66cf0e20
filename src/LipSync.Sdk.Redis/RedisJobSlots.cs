using System.Collections.Concurrent;
using LipSync.Sdk.ScaleOut;
using StackExchange.Redis;

namespace LipSync.Sdk.Redis;

/// <summary>
/// Job-lifetime concurrency slots on Redis: one sorted set per provider whose members are holders and whose scores are
/// lease expiry times. Taking, renewing and releasing are single Lua scripts, so the count never passes the limit
/// whatever the number of workers; expired leases (a dead holder) are swept by the next take. This process renews its
/// holders' leases every third of <see cref="RedisScaleOutOptions.SlotLease"/> in one call per provider. A release
/// publishes a notice that wakes waiting workers at once; they also retry every
/// <see cref="RedisScaleOutOptions.SlotRetryInterval"/>.
/// </summary>
/// <remarks>
/// Not DistributedLock.Redis's semaphore: its holders are handles owned by one process, while a job's slot must be
/// releasable by whichever instance sees the job end (a webhook arriving elsewhere). Not RedisRateLimiting's
/// concurrency limiter: its permits expire after 60 s, far shorter than a job.
/// </remarks>
public sealed class RedisJobSlots : IJobSlots, IDisposable
{
    private const string AcquireScript = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
        if redis.call('ZSCORE', KEYS[1], ARGV[1]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
          redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
          return 1
        end
        return 0
        """;

    private const string RenewScript = """
        local renewed = 0
        for i = 2, #ARGV do
          if redis.call('ZSCORE', KEYS[1], ARGV[i]) then
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[i])
            renewed = renewed + 1
          end
        end
        return renewed
        """;

    private readonly IConnectionMultiplexer _connection;
    private readonly IDatabase _database;
    private readonly RedisKeys _keys;
    private readonly TimeSpan _lease;
    private readonly TimeSpan _retryInterval;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<(string Provider, string Holder), byte> _renewing = new();
    private readonly ConcurrentDictionary<string, Releases> _releases = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _contenders = new(StringComparer.OrdinalIgnoreCase);
    private readonly ITimer _renewTimer;

    /// <summary>Creates the slots and starts renewing this process's leases.</summary>
    /// <param name="connection">The Redis connection.</param>
    /// <param name="options">Prefix, lease and clock; null for the defaults.</param>
    public RedisJobSlots(IConnectionMultiplexer connection, RedisScaleOutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RedisScaleOutOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SlotLease, TimeSpan.FromSeconds(1), nameof(options));
        _connection = connection;
        _database = connection.GetDatabase();
        _keys = new RedisKeys(options.KeyPrefix);
        _lease = options.SlotLease;
        _retryInterval = options.SlotRetryInterval;
        _time = options.TimeProvider ?? TimeProvider.System;
        _renewTimer = _time.CreateTimer(_ => _ = RenewAsync(), null, _lease / 3, _lease / 3);
    }

    /// <inheritdoc />
    public async Task AcquireAsync(string provider, string holder, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(provider);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var releases = await ReleasesAsync(provider).ConfigureAwait(false);

        // One waiter per process contends at a time (the rest queue here in order), so a release costs one script
        // call per waiting process instead of one per waiting job.
        var contender = _contenders.GetOrAdd(provider, _ => new SemaphoreSlim(1, 1));
        await contender.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ContendAsync(provider, holder, limit, releases, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            contender.Release();
        }
    }

    private async Task ContendAsync(string provider, string holder, int limit, Releases releases, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Armed before the attempt, so a release between a failed attempt and the wait is not missed.
            var released = releases.Next;
            if (await TryAcquireAsync(provider, holder, limit).ConfigureAwait(false))
            {
                return;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var retry = Task.Delay(_retryInterval, _time, wait.Token);
            await Task.WhenAny(released, retry).ConfigureAwait(false);
            await wait.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>One attempt to take a slot, without waiting.</summary>
    /// <returns>Whether the holder holds a slot now.</returns>
    internal async Task<bool> TryAcquireAsync(string provider, string holder, int limit)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var taken = (long)await _database.ScriptEvaluateAsync(
            AcquireScript, [_keys.Slots(provider)], [holder, limit, now, now + (long)_lease.TotalMilliseconds]).ConfigureAwait(false);
        if (taken == 1)
        {
            _renewing[(provider, holder)] = 0;
        }

        return taken == 1;
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string provider, string holder, CancellationToken cancellationToken = default)
    {
        _renewing.TryRemove((provider, holder), out _);
        if (await _database.SortedSetRemoveAsync(_keys.Slots(provider), holder).ConfigureAwait(false))
        {
            await _connection.GetSubscriber().PublishAsync(_keys.SlotReleased(provider), holder).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Abandon(string provider, string holder) => _renewing.TryRemove((provider, holder), out _);

    /// <inheritdoc />
    public async Task<int> CountAsync(string provider, CancellationToken cancellationToken = default) =>
        (int)await _database.SortedSetLengthAsync(_keys.Slots(provider), _time.GetUtcNow().ToUnixTimeMilliseconds(), double.PositiveInfinity, Exclude.Start)
            .ConfigureAwait(false);

    /// <summary>Stops renewing (the leases then lapse unless released) and stops listening for releases.</summary>
    public void Dispose()
    {
        _renewTimer.Dispose();
        foreach (var provider in _releases.Keys)
        {
            _connection.GetSubscriber().Unsubscribe(_keys.SlotReleased(provider));
        }
    }

    /// <summary>Renews every lease this process holds now (also run by the timer).</summary>
    /// <returns>How many leases were renewed.</returns>
    internal async Task<int> RenewAsync()
    {
        var renewed = 0;
        var expiry = _time.GetUtcNow().ToUnixTimeMilliseconds() + (long)_lease.TotalMilliseconds;
        foreach (var group in _renewing.Keys.GroupBy(k => k.Provider, StringComparer.OrdinalIgnoreCase))
        {
            try
            {
                RedisValue[] arguments = [expiry, .. group.Select(k => (RedisValue)k.Holder)];
                renewed += (int)(long)await _database.ScriptEvaluateAsync(RenewScript, [_keys.Slots(group.Key)], arguments).ConfigureAwait(false);
            }
            catch (RedisException)
            {
                // Redis unreachable for a moment: the next tick renews, and the lease outlasts three missed ticks.
            }
        }

        return renewed;
    }

    private async Task<Releases> ReleasesAsync(string provider)
    {
        if (_releases.TryGetValue(provider, out var existing))
        {
            return existing;
        }

        var releases = _releases.GetOrAdd(provider, _ => new Releases());
        await _connection.GetSubscriber().SubscribeAsync(_keys.SlotReleased(provider), (_, _) => releases.Signal()).ConfigureAwait(false);
        return releases;
    }

    // A task that completes at the next release notice, replaced after each one.
    private sealed class Releases
    {
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Next => Volatile.Read(ref _next).Task;

        public void Signal() =>
            Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
