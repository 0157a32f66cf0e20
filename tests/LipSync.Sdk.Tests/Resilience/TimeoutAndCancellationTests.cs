using System.Diagnostics;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Resilience;

/// <summary>Timeouts and cancellation on the real clock (short values) against a stalling emulator.</summary>
public sealed class TimeoutAndCancellationTests
{
    [Fact]
    public async Task Stalled_attempt_times_out_and_the_read_is_retried()
    {
        await using var h = await SyncHarness.StartAsync(o => o.AttemptTimeout = TimeSpan.FromSeconds(1), clock: TimeProvider.System);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Stall());

        var started = Stopwatch.StartNew();
        var models = await h.Native.ListModelsAsync();

        models.Should().NotBeEmpty();
        h.Emulator.RequestsTo("GET", "/v2/models").Should().HaveCount(2);
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Sdk_timeout_surfaces_as_a_timeout_kind()
    {
        await using var h = await SyncHarness.StartAsync(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.Retry.MaxRetries = 1;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        }, clock: TimeProvider.System);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Stall(), times: 5);

        var act = () => h.Native.ListModelsAsync();

        var error = (await act.Should().ThrowAsync<LipSyncTimeoutException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.Timeout);
        error.IsRetryable.Should().BeTrue();
        error.Attempts.Should().Be(2);
        error.StatusCode.Should().BeNull();
    }

    [Fact]
    public async Task Total_timeout_bounds_the_whole_call()
    {
        await using var h = await SyncHarness.StartAsync(o =>
        {
            o.TotalTimeout = TimeSpan.FromMilliseconds(400);
            o.AttemptTimeout = Timeout.InfiniteTimeSpan;
        }, clock: TimeProvider.System);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Stall());

        var started = Stopwatch.StartNew();
        var act = () => h.Native.ListModelsAsync();

        (await act.Should().ThrowAsync<LipSyncTimeoutException>()).Which.Attempts.Should().Be(1);
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Caller_cancellation_is_an_operation_canceled_exception_never_wrapped()
    {
        await using var h = await SyncHarness.StartAsync(clock: TimeProvider.System);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Stall());
        using var cancel = new CancellationTokenSource();

        var call = h.Native.ListModelsAsync(cancel.Token);
        await WaitUntil(() => h.Emulator.RequestsTo("GET", "/v2/models").Count == 1);
        var started = Stopwatch.StartNew();
        cancel.Cancel();
        var act = () => call;

        var thrown = await act.Should().ThrowAsync<OperationCanceledException>();
        thrown.Which.Should().NotBeAssignableTo<LipSyncException>();
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "cancellation ends a stalled request promptly");
        h.Emulator.RequestsTo("GET", "/v2/models").Should().HaveCount(1, "cancellation is not retried");
    }

    [Fact]
    public async Task Cancellation_during_a_retry_delay_is_not_wrapped()
    {
        await using var h = await SyncHarness.StartAsync(o => o.Retry.BaseDelay = TimeSpan.FromSeconds(30), clock: TimeProvider.System);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(503, null), times: 5);
        using var cancel = new CancellationTokenSource();

        var call = h.Native.ListModelsAsync(cancel.Token);
        await WaitUntil(() => h.Emulator.RequestsTo("GET", "/v2/models").Count == 1);
        await Task.Delay(100); // now inside the 30 s backoff
        cancel.Cancel();

        var act = () => call;
        await act.Should().ThrowAsync<OperationCanceledException>();
        h.Emulator.RequestsTo("GET", "/v2/models").Should().HaveCount(1);
    }

    [Fact]
    public async Task Cancellation_while_waiting_for_a_job_is_not_wrapped()
    {
        await using var h = await SyncHarness.StartAsync(emulator: e => e.PollsUntilCompleted = 1_000_000, clock: TimeProvider.System);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var act = () => h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions { InitialInterval = TimeSpan.FromMilliseconds(50) }, cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("condition not reached");
            }

            await Task.Delay(10);
        }
    }
}
