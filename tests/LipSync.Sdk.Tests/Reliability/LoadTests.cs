using LipSync.Sdk.Tests.Reliability.Adapters;
using Xunit.Abstractions;

namespace LipSync.Sdk.Tests.Reliability;

/// <summary>
/// 500 concurrent submit-and-wait flows through one client per provider, against the emulator over real sockets, on a
/// manual clock: every flow completes, and the emulator received exactly the polls the job state machine needs (each
/// job finishes on its third read), no more — no duplicate creates, no runaway polling.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Flows = 500;
    private const int PollsPerJob = 3;

    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string>();
        foreach (var adapter in ProviderAdapter.All)
        {
            data.Add(adapter.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Five_hundred_concurrent_submit_and_wait_flows_all_complete_within_the_poll_bound(string provider)
    {
        var adapter = ProviderAdapter.Get(provider);
        var clock = new ObservedClock();
        await using var host = await ReliabilityHost.StartAsync(adapter, PollsPerJob, clock, o =>
        {
            // Only the waits' own delays run on the clock, so each Advance releases every waiter at once.
            o.AttemptTimeout = Timeout.InfiniteTimeSpan;
            o.TotalTimeout = Timeout.InfiniteTimeSpan;
        });
        var emulator = host.Emulator!;
        var client = host.Sdk.GetClient(provider);
        // No overall deadline (beyond a timer's range): a wait's budget timer would count as a pending timer below.
        var waitOptions = new JobWaitOptions
        {
            InitialInterval = TimeSpan.FromSeconds(2), MaxInterval = TimeSpan.FromSeconds(2), UseLongPolling = false, Timeout = TimeSpan.MaxValue,
        };
        var finished = 0;

        var flows = Enumerable.Range(0, Flows).Select(_ => Task.Run(async () =>
        {
            try
            {
                var id = await adapter.CreateAsync(host.Sdk);
                return await client.WaitForCompletionAsync(id, waitOptions);
            }
            finally
            {
                Interlocked.Increment(ref finished);
                clock.Notify();
            }
        })).ToArray();

        var rounds = 0;
        while (Volatile.Read(ref finished) < Flows)
        {
            // Advance once every unfinished flow sits in its poll delay, so the rounds are exact.
            await clock.UntilAsync(
                () => Volatile.Read(ref finished) == Flows || clock.PendingTimerCount == Flows - Volatile.Read(ref finished),
                "every unfinished flow to sit in its poll delay");
            if (Volatile.Read(ref finished) < Flows)
            {
                clock.Advance(TimeSpan.FromSeconds(2));
                rounds++;
            }
        }

        var jobs = await Task.WhenAll(flows);
        var creates = emulator.RequestsTo(adapter.CreateRoute.Method, adapter.CreateRoute.Path).Count;
        var polls = emulator.RequestsTo("GET", adapter.ReadPathPrefix).Count;
        output.WriteLine($"LOAD | {provider} | {Flows} flows | {creates} creates | {polls} polls | {rounds} rounds");

        jobs.Should().OnlyContain(j => j.Status == JobStatus.Completed);
        jobs.Select(j => j.Id).Should().OnlyHaveUniqueItems();
        adapter.CreatedJobCount(emulator).Should().Be(Flows);
        creates.Should().Be(Flows, "one create per flow, no retries");
        polls.Should().Be(Flows * PollsPerJob, "each job is read exactly until it finishes");
        rounds.Should().Be(PollsPerJob - 1);
        emulator.UnhandledExceptions.Should().BeEmpty();
    }
}
