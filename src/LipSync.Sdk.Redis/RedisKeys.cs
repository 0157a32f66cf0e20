using StackExchange.Redis;

namespace LipSync.Sdk.Redis;

// Every key and channel name in one place.
internal sealed class RedisKeys(string prefix)
{
    public RedisKey Journal(string provider, string idempotencyKey) => $"{prefix}journal:{provider}:{idempotencyKey}";

    public RedisKey OpenJournal(string provider) => $"{prefix}journal-open:{provider}";

    public RedisKey Slots(string provider) => $"{prefix}slots:{provider}";

    public RedisChannel SlotReleased(string provider) => RedisChannel.Literal($"{prefix}slot-released:{provider}");

    public RedisKey Event(string eventId) => $"{prefix}event:{eventId}";

    public RedisKey Terminal(string provider, string jobId) => $"{prefix}terminal:{provider}:{jobId}";

    public RedisChannel Updates => RedisChannel.Literal($"{prefix}job-updates");

    public string RateLimit(RequestRateLimitKey limit) => $"{prefix}rate:{limit.Provider}:{limit.Operation}";
}

internal readonly record struct RequestRateLimitKey(string Provider, string Operation);
