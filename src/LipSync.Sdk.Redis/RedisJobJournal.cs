using System.Globalization;
using System.Runtime.CompilerServices;
using LipSync.Sdk.ScaleOut;
using StackExchange.Redis;

namespace LipSync.Sdk.Redis;

/// <summary>
/// The durable <see cref="IJobJournal"/> on Redis: one hash per submit (<c>{prefix}journal:{provider}:{key}</c>) and a
/// sorted set of the unfinished ones per provider, each write one atomic script, kept for
/// <see cref="RedisScaleOutOptions.Retention"/>.
/// </summary>
public sealed class RedisJobJournal : IJobJournal
{
    private const string BeginScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then
          redis.call('HSET', KEYS[1], 'provider', ARGV[1], 'key', ARGV[2], 'fingerprint', ARGV[3], 'reference', ARGV[4], 'createdAt', ARGV[5])
          redis.call('PEXPIRE', KEYS[1], ARGV[6])
          redis.call('ZADD', KEYS[2], ARGV[5], ARGV[2])
        end
        return redis.call('HGETALL', KEYS[1])
        """;

    private const string RecordScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[1], 'jobId', ARGV[1], 'status', ARGV[2])
        if ARGV[3] == '1' then redis.call('ZREM', KEYS[2], ARGV[4]) end
        return 1
        """;

    private readonly IDatabase _database;
    private readonly RedisKeys _keys;
    private readonly TimeSpan _retention;

    /// <summary>Creates the journal.</summary>
    /// <param name="connection">The Redis connection.</param>
    /// <param name="options">Key prefix and retention; null for the defaults.</param>
    public RedisJobJournal(IConnectionMultiplexer connection, RedisScaleOutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RedisScaleOutOptions();
        _database = connection.GetDatabase();
        _keys = new RedisKeys(options.KeyPrefix);
        _retention = options.Retention;
    }

    /// <inheritdoc />
    public async Task<JobJournalEntry> BeginAsync(JobJournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var result = await _database.ScriptEvaluateAsync(
            BeginScript,
            [_keys.Journal(entry.Provider, entry.IdempotencyKey), _keys.OpenJournal(entry.Provider)],
            [entry.Provider, entry.IdempotencyKey, entry.RequestFingerprint, entry.ClientReference ?? string.Empty,
             entry.CreatedAt.ToUnixTimeMilliseconds(), (long)_retention.TotalMilliseconds]).ConfigureAwait(false);
        return Read(result) ?? throw new InvalidOperationException("The journal entry vanished while it was written.");
    }

    /// <inheritdoc />
    public async Task RecordAsync(string provider, string idempotencyKey, string jobId, JobStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        await _database.ScriptEvaluateAsync(
            RecordScript,
            [_keys.Journal(provider, idempotencyKey), _keys.OpenJournal(provider)],
            [jobId, status.ToString(), status.IsTerminal() ? "1" : "0", idempotencyKey]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string provider, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await _database.KeyDeleteAsync(_keys.Journal(provider, idempotencyKey)).ConfigureAwait(false);
        await _database.SortedSetRemoveAsync(_keys.OpenJournal(provider), idempotencyKey).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<JobJournalEntry?> FindAsync(string provider, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var fields = await _database.HashGetAllAsync(_keys.Journal(provider, idempotencyKey)).ConfigureAwait(false);
        return Read(fields);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<JobJournalEntry> ListUnfinishedAsync(string provider, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var keys = await _database.SortedSetRangeByRankAsync(_keys.OpenJournal(provider)).ConfigureAwait(false);
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await FindAsync(provider, key!, cancellationToken).ConfigureAwait(false) is { IsFinished: false } entry)
            {
                yield return entry;
            }
        }
    }

    private static JobJournalEntry? Read(RedisResult result)
    {
        var items = (RedisResult[]?)result ?? [];
        var fields = new HashEntry[items.Length / 2];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new HashEntry((string?)items[2 * i], (string?)items[(2 * i) + 1]);
        }

        return Read(fields);
    }

    private static JobJournalEntry? Read(HashEntry[] fields)
    {
        if (fields.Length == 0)
        {
            return null;
        }

        var map = fields.ToDictionary(f => f.Name.ToString(), f => f.Value.ToString(), StringComparer.Ordinal);
        return new JobJournalEntry
        {
            Provider = map["provider"],
            IdempotencyKey = map["key"],
            RequestFingerprint = map["fingerprint"],
            ClientReference = map.GetValueOrDefault("reference") is { Length: > 0 } reference ? reference : null,
            JobId = map.GetValueOrDefault("jobId"),
            Status = map.GetValueOrDefault("status") is { } status ? Enum.Parse<JobStatus>(status) : null,
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(map["createdAt"], CultureInfo.InvariantCulture)),
        };
    }
}
