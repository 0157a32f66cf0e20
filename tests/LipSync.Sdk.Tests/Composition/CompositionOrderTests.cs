using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Tests.Security;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Tests.Composition;

public sealed class CompositionOrderTests
{
    private static readonly string[] Middleware = ["logging", "telemetry", "fallback", "budget", "cache"];

    // The five rotations of the list and of its reverse: every middleware in every position, and every one both
    // before and after each other (all 120 orders pass too, at ten times the run time).
    public static TheoryData<string> Orders()
    {
        var data = new TheoryData<string>();
        foreach (var list in new[] { Middleware, Middleware.Reverse().ToArray() })
        {
            for (var shift = 0; shift < list.Length; shift++)
            {
                data.Add(string.Join(",", list[shift..].Concat(list[..shift])));
            }
        }

        return data;
    }

    // Each order keeps the native client, long polls, the capabilities, cross-provider fallback and the result cache.
    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Middleware_composes_in_any_order(string order)
    {
        await using var h = await CompositionHarness.StartAsync();
        using var logs = new LoggerFactory([new CapturingLoggerProvider()]);
        var builder = new LipSyncClientBuilder(h.SyncClient);
        foreach (var name in order.Split(','))
        {
            _ = name switch
            {
                "logging" => builder.UseLogging(logs),
                "telemetry" => builder.UseOpenTelemetry(),
                "fallback" => builder.UseFallback(h.HeyGenClient),
                "budget" => builder.UseBudget(o =>
                {
                    o.Limit = 100m;
                    o.EstimateCost = (_, _) => 1m;
                }),
                _ => builder.UseResultCache(BudgetAndCacheTests.NewCache()),
            };
        }

        var client = builder.Build();

        // Escape hatches reach through every wrapper.
        client.GetService(typeof(ISyncClient)).Should().BeSameAs(h.Factory.GetNativeClient<ISyncClient>("sync"));
        client.GetService(typeof(TimeProvider)).Should().BeSameAs(h.Time);
        client.GetCapabilities().Delete.Should().BeTrue();
        client.Provider.Should().Be("sync");

        // A job on Sync: watched with Sync's long polls through the wrappers, then a repeat submit creates nothing.
        var job = await client.SubmitAsync(CompositionHarness.Request());
        var states = await client.WatchAsync(job.Id).ToListAsync();
        states[^1].Status.Should().Be(JobStatus.Completed);
        h.Sync.RequestsTo("GET", "/v2/generate/" + job.Id).Should().Contain(r => r.QueryString.Contains("wait=true", StringComparison.Ordinal));
        (await client.SubmitAsync(CompositionHarness.Request())).Id.Should().Be(job.Id);
        h.Sync.CreatedJobCount.Should().Be(1);

        // Sync out of credits: the next job goes to HeyGen and is waited for there; Sync made none.
        h.RefuseNextSyncCreate(402, "account_payment_required");
        var moved = await client.SubmitAsync(CompositionHarness.Request("https://assets.example.com/second.mp4"));
        moved.Provider.Should().Be("heygen");
        (await client.WaitForCompletionAsync(moved.Id)).Status.Should().Be(JobStatus.Completed);
        h.Sync.CreatedJobCount.Should().Be(1);
        h.HeyGen.CreatedJobCount.Should().Be(1);
    }
}
