using Workers;
using Xunit.Abstractions;

namespace LipSync.Sdk.Tests.ScaleOut;

/// <summary>
/// The scale-out acceptance run: real OS processes (the Workers sample in worker mode) sharing one emulated Sync
/// account with plan concurrency K through Redis (embedded Garnet, or LIPSYNC_TEST_REDIS), waiting on webhooks that
/// the test's endpoint publishes, one of them killed between the provider accepting its job and the journal recording it.
/// </summary>
[Collection(RedisCollection.Name)]
[Trait("Category", "Distributed")]
public sealed class MultiProcessWorkersTests(RedisServerFixture redis, ITestOutputHelper output)
{
    [Fact]
    public async Task Worker_processes_never_exceed_the_plan_concurrency_and_a_killed_worker_resumes_without_a_second_job()
    {
        var log = new StringWriter();
        var options = new WorkersRunOptions { Workers = 4, Jobs = 200, Concurrency = 3, Redis = redis.ConnectionString, KillOne = true };

        WorkersRunResult result;
        try
        {
            result = await WorkersRun.RunAsync(options, TextWriter.Synchronized(log));
        }
        finally
        {
            output.WriteLine($"Redis: {redis.ServerKind}");
            output.WriteLine(log.ToString());
        }

        result.WorkerProcesses.Should().BeGreaterThanOrEqualTo(4);
        result.WorkItems.Should().Be(201, "200 jobs plus the one whose worker was killed");
        result.KilledMidSubmit.Should().BeTrue("a worker was killed after the provider accepted its job, before the journal recorded it");
        result.ResumedWorkItems.Should().Be(1);
        result.Completed.Should().Be(result.WorkItems);
        result.CreatedJobs.Should().Be(result.WorkItems);
        result.DuplicateJobs.Should().Be(0);
        result.PeakRunningJobs.Should().BeInRange(1, options.Concurrency);
        result.ConcurrencyRejections.Should().Be(0, "the shared slots keep the account at K, so the provider never refuses a create");
        result.Polls.Should().Be(0, "every wait was woken by a webhook published through Redis");
        result.WebhooksPublished.Should().Be(result.WorkItems);
    }
}
