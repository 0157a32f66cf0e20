using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Resilience;

/// <summary>
/// Timeouts and cancellation against a stalling emulator, on a manual clock: a test moves the clock past a timeout the
/// moment the stalled request has reached the emulator (or the SDK has started the wait it expects), so nothing sleeps
/// and nothing depends on how fast the machine is. "Promptly" means "without any timer firing": a cancellation that
/// was not wired through would hang until the hang guard, because the clock never reaches the attempt timeout.
/// </summary>
public sealed class TimeoutAndCancellationTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(100);

    [Fact]
    public async Task Stalled_attempt_times_out_and_the_read_is_retried()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Stall());

        var call = h.Native.ListModelsAsync();
        await h.Emulator.WaitForRequestsAsync("GET", "/v2/models").WaitAsync(ObservedClock.HangGuard);
        h.Time.Advance(AttemptTimeout);
        var models = await call.WaitAsync(ObservedClock.HangGuard);

        models.Should().NotBeEmpty();
        h.Emulator.RequestsTo("GET", "/v2/models").Should().HaveCount(2);
        h.Delays.Should().Equal([TimeSpan.FromSeconds(1)], "one back-off between the timed-out attempt and its retry");
    }

    [Fact]
    public async Task Sdk_timeout_surfaces_as_a_timeout_kind()
    {
        await using var h = await SyncHarness.StartAsync(o => o.Retry.MaxRetries = 1);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Stall(), times: 5);

        var call = h.Native.ListModelsAsync();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            await h.Emulator.WaitForRequestsAsync("GET", "/v2/models", attempt).WaitAsync(ObservedClock.HangGuard);
            h.Time.Advance(AttemptTimeout);
        }

        var error = (await call.Awaiting(c => c.WaitAsync(ObservedClock.HangGuard)).Should().ThrowAsync<LipSyncTimeoutException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.Timeout);
        error.IsRetryable.Should().BeTrue();
        error.Attempts.Should().Be(2);
        error.StatusCode.Should().BeNull();
    }

    [Fact]
    public async Task Total_timeout_bounds_the_whole_call()
    {
        var total = TimeSpan.FromMinutes(5);
        await using var h = await SyncHarness.StartAsync(o =>
        {
            o.TotalTimeout = total;
            o.AttemptTimeout = Timeout.InfiniteTimeSpan;
        });
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Stall());
        var start = h.Time.GetUtcNow();

        var call = h.Native.ListModelsAsync();
        await h.Emulator.WaitForRequestsAsync("GET", "/v2/models").WaitAsync(ObservedClock.HangGuard);
        h.Time.Advance(total);

        (await call.Awaiting(c => c.WaitAsync(ObservedClock.HangGuard)).Should().ThrowAsync<LipSyncTimeoutException>()).Which.Attempts.Should().Be(1);
        (h.Time.GetUtcNow() - start).Should().Be(total, "the total timeout, not an attempt timeout, ended the call");
    }

    [Fact]
    public async Task Caller_cancellation_is_an_operation_canceled_exception_never_wrapped()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Stall());
        using var cancel = new CancellationTokenSource();
        var start = h.Time.GetUtcNow();

        var call = h.Native.ListModelsAsync(cancel.Token);
        await h.Emulator.WaitForRequestsAsync("GET", "/v2/models").WaitAsync(ObservedClock.HangGuard);
        await cancel.CancelAsync();

        var thrown = await call.Awaiting(c => c.WaitAsync(ObservedClock.HangGuard)).Should().ThrowAsync<OperationCanceledException>();
        thrown.Which.Should().NotBeAssignableTo<LipSyncException>();
        h.Time.GetUtcNow().Should().Be(start, "cancellation alone ended the stalled request: no timeout fired");
        h.Emulator.RequestsTo("GET", "/v2/models").Should().HaveCount(1, "cancellation is not retried");
    }

    [Fact]
    public async Task Cancellation_during_a_retry_delay_is_not_wrapped()
    {
        var backoff = TimeSpan.FromSeconds(30);
        var clock = new ObservedClock();
        await using var h = await SyncHarness.StartAsync(o => o.Retry.BaseDelay = backoff, clock: clock);
        h.Emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(503, null), times: 5);
        using var cancel = new CancellationTokenSource();

        var call = h.Native.ListModelsAsync(cancel.Token);
        await clock.WhenDelayRecordedAsync(backoff); // the SDK now waits out its 30 s back-off
        await cancel.CancelAsync();

        await call.Awaiting(c => c.WaitAsync(ObservedClock.HangGuard)).Should().ThrowAsync<OperationCanceledException>();
        h.Emulator.RequestsTo("GET", "/v2/models").Should().HaveCount(1);
    }

    [Fact]
    public async Task Cancellation_while_waiting_for_a_job_is_not_wrapped()
    {
        var interval = TimeSpan.FromSeconds(5);
        var clock = new ObservedClock();
        await using var h = await SyncHarness.StartAsync(emulator: e => e.PollsUntilCompleted = 1_000_000, clock: clock);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());
        using var cancel = new CancellationTokenSource();

        var wait = h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions { InitialInterval = interval, UseLongPolling = false }, cancel.Token);
        await clock.WhenDelayRecordedAsync(interval); // the first poll is answered; the wait now sleeps until the next
        await cancel.CancelAsync();

        var thrown = await wait.Awaiting(w => w.WaitAsync(ObservedClock.HangGuard)).Should().ThrowAsync<OperationCanceledException>();
        thrown.Which.Should().NotBeAssignableTo<LipSyncException>();
    }
}
