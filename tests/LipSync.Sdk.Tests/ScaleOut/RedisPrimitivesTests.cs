using System.Threading.RateLimiting;
using LipSync.Sdk.Redis;
using LipSync.Sdk.ScaleOut;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.ScaleOut;

/// <summary>The Redis pieces one by one, each "process" on its own connection, against embedded Garnet or LIPSYNC_TEST_REDIS.</summary>
[Collection(RedisCollection.Name)]
[Trait("Category", "Distributed")]
public sealed class RedisPrimitivesTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Slots_never_exceed_the_limit_across_connections_and_any_instance_can_release()
    {
        var options = new RedisScaleOutOptions { KeyPrefix = RedisServerFixture.NewPrefix(), SlotRetryInterval = TimeSpan.FromMilliseconds(20) };
        await using var a = await redis.ConnectAsync(options);
        await using var b = await redis.ConnectAsync(options);
        var peak = 0;
        var inside = 0;

        // 40 holders over two "processes" through a pool of 3: each holds its slot across an await, then B releases it.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            var mine = i % 2 == 0 ? a.Backend.Slots : b.Backend.Slots;
            await mine.AcquireAsync("sync", $"job-{i}", limit: 3).WaitAsync(ObservedClock.HangGuard);
            try
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref peak, now);
                (await a.Backend.Slots.CountAsync("sync")).Should().BeLessThanOrEqualTo(3);
                await Task.Yield();
                Interlocked.Decrement(ref inside);
            }
            finally
            {
                // Released even when the check above fails, so a failure is reported instead of starving the others.
                await b.Backend.Slots.ReleaseAsync("sync", $"job-{i}");
            }
        }));

        peak.Should().BeInRange(1, 3);
        (await a.Backend.Slots.CountAsync("sync")).Should().Be(0);
    }

    [Fact]
    public async Task A_dead_holders_slot_lapses_after_its_lease_while_a_live_holder_keeps_renewing()
    {
        var clock = new ManualTimeProvider();
        var options = new RedisScaleOutOptions { KeyPrefix = RedisServerFixture.NewPrefix(), SlotLease = TimeSpan.FromSeconds(30), TimeProvider = clock };
        await using var dead = await redis.ConnectAsync(options);
        await using var live = await redis.ConnectAsync(options);
        await using var newcomer = await redis.ConnectAsync(options);
        await dead.Backend.Slots.AcquireAsync("sync", "dead-job", limit: 2);
        await live.Backend.Slots.AcquireAsync("sync", "live-job", limit: 2);

        dead.Backend.Slots.Abandon("sync", "dead-job");   // the dead process renews nothing from now on
        clock.Advance(TimeSpan.FromSeconds(20));
        (await ((RedisJobSlots)live.Backend.Slots).RenewAsync()).Should().Be(1);
        (await TryAcquire(newcomer, "new-job")).Should().BeFalse("both leases are still valid");

        clock.Advance(TimeSpan.FromSeconds(11));         // 31 s after the dead holder's last renewal, 11 s after the live one's
        (await TryAcquire(newcomer, "new-job")).Should().BeTrue("the dead holder's lease lapsed");
        (await TryAcquire(newcomer, "third-job")).Should().BeFalse("the live holder and the newcomer fill the pool");
    }

    [Fact]
    public async Task A_release_on_one_connection_wakes_a_waiter_on_another_without_its_retry_timer()
    {
        // The waiter's retry timer is on a manual clock that never moves: only the release notice can wake it.
        var options = new RedisScaleOutOptions { KeyPrefix = RedisServerFixture.NewPrefix(), TimeProvider = new ManualTimeProvider() };
        await using var holder = await redis.ConnectAsync(options);
        await using var waiter = await redis.ConnectAsync(options);
        await holder.Backend.Slots.AcquireAsync("sync", "running-job", limit: 1);

        var waiting = waiter.Backend.Slots.AcquireAsync("sync", "next-job", limit: 1);
        (await ((RedisJobSlots)waiter.Backend.Slots).TryAcquireAsync("sync", "probe", 1)).Should().BeFalse();
        waiting.IsCompleted.Should().BeFalse();
        await holder.Backend.Slots.ReleaseAsync("sync", "running-job");

        await waiting.WaitAsync(TimeSpan.FromMinutes(1));
        (await holder.Backend.Slots.CountAsync("sync")).Should().Be(1);
    }

    [Fact]
    public async Task Taking_a_slot_again_for_the_same_holder_is_a_no_op()
    {
        var options = new RedisScaleOutOptions { KeyPrefix = RedisServerFixture.NewPrefix() };
        await using var a = await redis.ConnectAsync(options);
        await a.Backend.Slots.AcquireAsync("sync", "key-1", limit: 1);
        await a.Backend.Slots.AcquireAsync("sync", "key-1", limit: 1);
        (await a.Backend.Slots.CountAsync("sync")).Should().Be(1);
    }

    [Fact]
    public async Task The_journal_keeps_the_first_entry_for_a_key_records_the_job_and_lists_unfinished_ones()
    {
        var options = new RedisScaleOutOptions { KeyPrefix = RedisServerFixture.NewPrefix() };
        await using var a = await redis.ConnectAsync(options);
        await using var b = await redis.ConnectAsync(options);
        var first = Entry("key-1", "fp-1");

        (await a.Backend.Journal.BeginAsync(first)).Should().Be(first);
        (await b.Backend.Journal.BeginAsync(Entry("key-1", "fp-other"))).Should().Be(first, "the key was journaled first by A");
        await b.Backend.Journal.BeginAsync(Entry("key-2", "fp-2"));
        await a.Backend.Journal.RecordAsync("sync", "key-1", "job-1", JobStatus.Pending);

        var unfinished = await b.Backend.Journal.ListUnfinishedAsync("sync").ToListAsync();
        unfinished.Select(e => (e.IdempotencyKey, e.JobId)).Should().Equal(("key-1", "job-1"), ("key-2", null));

        await a.Backend.Journal.RecordAsync("sync", "key-1", "job-1", JobStatus.Completed);
        await a.Backend.Journal.RemoveAsync("sync", "key-2");
        (await b.Backend.Journal.ListUnfinishedAsync("sync").ToListAsync()).Should().BeEmpty();
        (await b.Backend.Journal.FindAsync("sync", "key-1"))!.Status.Should().Be(JobStatus.Completed);
    }

    [Fact]
    public async Task The_bus_fans_updates_out_to_every_connection_drops_redeliveries_and_keeps_terminal_states()
    {
        var options = new RedisScaleOutOptions { KeyPrefix = RedisServerFixture.NewPrefix() };
        await using var receiver = await redis.ConnectAsync(options);
        await using var waiter = await redis.ConnectAsync(options);
        var seen = new TaskCompletionSource<JobUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = await waiter.Backend.Updates.SubscribeAsync(u => seen.TrySetResult(u));
        var update = new JobUpdate { EventId = "sync:job-1:COMPLETED", Provider = "sync", JobId = "job-1", Status = JobStatus.Completed, OutputUrl = new Uri("https://cdn.example.com/o.mp4") };

        (await receiver.Backend.Updates.PublishAsync(update)).Should().BeTrue();
        (await receiver.Backend.Updates.PublishAsync(update)).Should().BeFalse("a redelivery of the same event id is dropped");

        (await seen.Task.WaitAsync(TimeSpan.FromMinutes(1))).Should().Be(update);
        (await waiter.Backend.Updates.FindTerminalAsync("sync", "job-1")).Should().Be(update);
    }

    [Fact]
    public async Task Request_rate_limits_are_shared_by_every_connection()
    {
        var options = new RedisScaleOutOptions { KeyPrefix = RedisServerFixture.NewPrefix() };
        await using var a = await redis.ConnectAsync(options);
        await using var b = await redis.ConnectAsync(options);
        var limit = new RequestRateLimit("sync", RequestRateLimit.Submit, Permits: 3, Window: TimeSpan.FromMinutes(1));
        using var limiterA = a.Backend.CreateRateLimiter(limit);
        using var limiterB = b.Backend.CreateRateLimiter(limit);

        var granted = new List<bool>();
        foreach (var limiter in new[] { limiterA, limiterB, limiterA, limiterB })
        {
            using var lease = await limiter.AcquireAsync(1);
            granted.Add(lease.IsAcquired);
        }

        granted.Should().Equal(true, true, true, false);
    }

    private static JobJournalEntry Entry(string key, string fingerprint) => new()
    {
        Provider = "sync",
        IdempotencyKey = key,
        RequestFingerprint = fingerprint,
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_767_225_600_000),
    };

    // One attempt, no waiting.
    private static Task<bool> TryAcquire(RedisServerFixture.Connected process, string holder) =>
        ((RedisJobSlots)process.Backend.Slots).TryAcquireAsync("sync", holder, limit: 2);

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
