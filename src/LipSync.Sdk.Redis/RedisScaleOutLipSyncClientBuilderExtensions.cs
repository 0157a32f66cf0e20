using LipSync.Sdk.Redis;
using LipSync.Sdk.ScaleOut;
using StackExchange.Redis;

namespace LipSync.Sdk;

/// <summary>Scale-out on Redis for a <see cref="LipSyncClientBuilder"/>.</summary>
public static class RedisScaleOutLipSyncClientBuilderExtensions
{
    /// <summary>
    /// Adds the scale-out middleware (<see cref="ScaleOutLipSyncClientBuilderExtensions.UseScaleOut"/>) with its state in
    /// Redis, shared by every process using the same connection target and key prefix.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="backend">The Redis backend (one per process).</param>
    /// <param name="configure">Sets the plan's concurrency, rate limits and webhook grace period.</param>
    /// <returns>The builder.</returns>
    public static LipSyncClientBuilder UseRedisScaleOut(this LipSyncClientBuilder builder, RedisScaleOutBackend backend, Action<ScaleOutOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        return builder.UseScaleOut(options =>
        {
            configure?.Invoke(options);
            options.Backend = backend;
        });
    }

    /// <summary>Connects to Redis and creates the backend: with <c>UseScaleOut</c>, or register it as <see cref="IScaleOutBackend"/>.</summary>
    /// <param name="connectionString">A StackExchange.Redis configuration string, such as <c>localhost:6379</c>.</param>
    /// <param name="options">Prefix, lease, windows and clock; null for the defaults.</param>
    /// <returns>The connection (dispose it at shutdown) and the backend.</returns>
    public static async Task<(IConnectionMultiplexer Connection, RedisScaleOutBackend Backend)> ConnectRedisScaleOutAsync(
        string connectionString, RedisScaleOutOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var connection = await ConnectionMultiplexer.ConnectAsync(connectionString).ConfigureAwait(false);
        return (connection, new RedisScaleOutBackend(connection, options));
    }
}
