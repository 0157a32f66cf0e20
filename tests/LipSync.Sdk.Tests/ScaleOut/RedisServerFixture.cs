using LipSync.Sdk.Redis;
using LipSync.Sdk.Testing;
using StackExchange.Redis;

namespace LipSync.Sdk.Tests.ScaleOut;

/// <summary>
/// The Redis the distributed tests run against: the server named by <c>LIPSYNC_TEST_REDIS</c> (a real redis-server in
/// .ci/run), else an embedded Garnet started once for the collection. Each test takes its own key prefix.
/// </summary>
public sealed class RedisServerFixture : IDisposable
{
    public const string EnvironmentVariable = "LIPSYNC_TEST_REDIS";
    private readonly EmbeddedRedisServer? _embedded;

    public RedisServerFixture()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            _embedded = EmbeddedRedisServer.Start();
            configured = _embedded.ConnectionString;
        }

        ConnectionString = configured;
    }

    public string ConnectionString { get; }

    public string ServerKind => _embedded is null ? "redis-server" : "embedded Garnet";

    public static string NewPrefix() => $"test:{Guid.NewGuid():N}:";

    public async Task<Connected> ConnectAsync(RedisScaleOutOptions options)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        return new Connected(connection, new RedisScaleOutBackend(connection, options));
    }

    public void Dispose() => _embedded?.Dispose();

    /// <summary>One "process": its own connection and backend, as a worker would have.</summary>
    public sealed class Connected(IConnectionMultiplexer connection, RedisScaleOutBackend backend) : IAsyncDisposable
    {
        public IConnectionMultiplexer Connection { get; } = connection;

        public RedisScaleOutBackend Backend { get; } = backend;

        public async ValueTask DisposeAsync()
        {
            Backend.Dispose();
            await Connection.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
