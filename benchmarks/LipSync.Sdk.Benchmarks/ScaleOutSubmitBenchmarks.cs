using BenchmarkDotNet.Attributes;
using LipSync.Sdk.Redis;
using LipSync.Sdk.ScaleOut;
using LipSync.Sdk.Testing;
using StackExchange.Redis;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// The added cost of a Redis-backed submit: one logical job (submit, then one status read that sees it completed and
/// frees its slot) through the plain neutral client, through <c>UseScaleOut</c> in-process, and through
/// <c>UseRedisScaleOut</c> on an embedded Garnet server, all against one in-process <see cref="SyncEmulator"/>.
/// <see cref="RedisCommandsPerJob"/> is the number of Redis operations one job costs (read from StackExchange.Redis's
/// counters at setup), printed once.
/// </summary>
[MemoryDiagnoser]
public class ScaleOutSubmitBenchmarks
{
    private EmbeddedRedisServer _redis = null!;
    private ConnectionMultiplexer _connection = null!;
    private RedisScaleOutBackend _backend = null!;
    private SyncEmulator _emulator = null!;
    private LipSyncClientFactory _factory = null!;
    private ILipSyncClient _plain = null!;
    private ILipSyncClient _inProcess = null!;
    private ILipSyncClient _onRedis = null!;

    /// <summary>Redis operations per job, measured over 50 jobs at setup.</summary>
    public static double RedisCommandsPerJob { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _redis = EmbeddedRedisServer.Start();
        _connection = ConnectionMultiplexer.Connect(_redis.ConnectionString);
        _backend = new RedisScaleOutBackend(_connection, new RedisScaleOutOptions { KeyPrefix = "bench:" });
        _emulator = SyncEmulator.StartAsync(new SyncEmulatorOptions { PollsUntilProcessing = 1, PollsUntilCompleted = 1 }).GetAwaiter().GetResult();
        var options = new LipSyncOptions { DefaultProvider = "sync" };
        options.AddProvider("sync", sync =>
        {
            sync.ApiKey = _emulator.ApiKey;
            sync.BaseAddress = _emulator.BaseAddress;
        });
        _factory = new LipSyncClientFactory(options);
        _plain = _factory.GetClient("sync");
        _inProcess = new LipSyncClientBuilder(_plain).UseScaleOut(Configure).Build();
        _onRedis = new LipSyncClientBuilder(_plain).UseRedisScaleOut(_backend, Configure).Build();

        var before = Operations();
        for (var i = 0; i < 50; i++)
        {
            OnRedis().GetAwaiter().GetResult();
        }

        RedisCommandsPerJob = (Operations() - before) / 50.0;
        Console.WriteLine($"// Redis operations per scale-out job (submit + status read): {RedisCommandsPerJob:0.0}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _factory.Dispose();
        _backend.Dispose();
        _connection.Dispose();
        _emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _redis.Dispose();
    }

    [Benchmark(Baseline = true, Description = "plain submit + read")]
    public Task<LipSyncJob> Plain() => RunAsync(_plain);

    [Benchmark(Description = "UseScaleOut in-process")]
    public Task<LipSyncJob> InProcess() => RunAsync(_inProcess);

    [Benchmark(Description = "UseRedisScaleOut (Garnet)")]
    public Task<LipSyncJob> OnRedis() => RunAsync(_onRedis);

    private static void Configure(ScaleOutOptions options)
    {
        // Slots exercised (one per job, freed by the read); rate limits high enough never to wait.
        options.ConcurrencyLimits["sync"] = 1_000_000;
        options.RateLimits.Clear();
        options.RateLimits.Add(new RequestRateLimit("sync", RequestRateLimit.Submit, int.MaxValue / 2, TimeSpan.FromMinutes(1)));
    }

    private async Task<LipSyncJob> RunAsync(ILipSyncClient client)
    {
        if (_emulator.Jobs.Count > 10_000)
        {
            _emulator.ClearJobs();
        }

        var job = await client.SubmitAsync(new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://assets.sync.so/docs/example-video.mp4"),
            Audio = MediaSource.FromUrl("https://assets.sync.so/docs/example-audio.wav"),
        }).ConfigureAwait(false);
        return await client.GetJobAsync(job.Id).ConfigureAwait(false);
    }

    private long Operations()
    {
        var counters = _connection.GetCounters();
        return counters.Interactive.OperationCount + counters.Subscription.OperationCount;
    }
}
