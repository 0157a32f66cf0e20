using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk;

/// <summary>Adds a result cache to a <see cref="LipSyncClientBuilder"/>.</summary>
public static class ResultCacheBuilderExtensions
{
    /// <summary>
    /// Submits a request with the same inputs as an earlier one (media fingerprints — URL, asset id or the SHA-256 of
    /// local bytes — plus model and provider options) only once: later submits return the earlier job, re-read from
    /// the provider so its result link is current, never served from the cache. A job that failed, was canceled or
    /// deleted is forgotten and the request submitted again. Requests whose media can be read only once are not cached.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="cache">The cache; null uses the <see cref="IDistributedCache"/> in the builder's services.</param>
    /// <param name="configure">Sets the entry lifetime and key prefix.</param>
    /// <returns>The builder.</returns>
    /// <remarks>A cache hit calls no webhook: the caller of the repeated submit waits or watches the returned job.</remarks>
    public static LipSyncClientBuilder UseResultCache(
        this LipSyncClientBuilder builder, IDistributedCache? cache = null, Action<LipSyncResultCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new LipSyncResultCacheOptions();
        configure?.Invoke(options);
        return builder.Use((inner, services) => new ResultCacheLipSyncClient(
            inner,
            cache ?? services.GetService<IDistributedCache>()
                ?? throw new InvalidOperationException("UseResultCache needs an IDistributedCache: pass one or register one (AddDistributedMemoryCache, Redis...)."),
            options));
    }
}
