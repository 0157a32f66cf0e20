using Microsoft.Extensions.Caching.Distributed;

namespace LipSync.Sdk;

/// <summary>Settings of <c>UseResultCache</c>.</summary>
public sealed class LipSyncResultCacheOptions
{
    /// <summary>How long an entry (a job id, never a result link) is kept. Default: 30 days from the submit.</summary>
    public DistributedCacheEntryOptions EntryOptions { get; set; } = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(30) };

    /// <summary>Prefix of the cache keys, to share one cache with other data. Default <c>lipsync:result:</c>.</summary>
    public string KeyPrefix { get; set; } = "lipsync:result:";
}
