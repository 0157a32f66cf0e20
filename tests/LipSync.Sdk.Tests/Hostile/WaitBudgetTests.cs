using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Defect 7: the wait's timeout is one budget that also caps each poll. With <c>Timeout = 2 s</c> and a status poll
/// the server never answers, the wait ends at 2 s on the clock (not at the 8 s attempt timeout) as a
/// <see cref="LipSyncErrorKind.Timeout"/>, and the caller's own cancellation still surfaces unwrapped.
/// </summary>
public sealed class WaitBudgetTests
{
    [Fact]
    public async Task A_poll_the_server_never_answers_ends_the_wait_at_its_timeout()
    {
        var clock = new ManualTimeProvider();
        await using var h = await SyncHarness.StartAsync(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(8);
            o.Retry.MaxRetries = 0;
        }, clock: clock);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());
        h.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Stall());
        var started = clock.GetUtcNow();

        var wait = h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions { Timeout = TimeSpan.FromSeconds(2), UseLongPolling = false });
        await h.Emulator.WaitForRequestsAsync("GET", "/v2/generate/").WaitAsync(ObservedClock.HangGuard);
        clock.Advance(TimeSpan.FromSeconds(2));

        var act = () => wait.Bounded();
        var error = (await act.Should().ThrowAsync<LipSyncTimeoutException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.Timeout);
        error.Message.Should().Contain("within 2 s");
        (clock.GetUtcNow() - started).Should().Be(TimeSpan.FromSeconds(2), "nothing but the wait's own 2 s budget moved the clock");
        h.Emulator.RequestsTo("GET", "/v2/generate/").Should().HaveCount(1);
    }

    [Fact]
    public async Task A_batch_poll_the_server_never_answers_ends_the_batch_wait_at_its_timeout()
    {
        // Sync batches wait on the same polling loop as jobs: the same budget caps their polls.
        var clock = new ManualTimeProvider();
        await using var h = await SyncHarness.StartAsync(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(8);
            o.Retry.MaxRetries = 0;
        }, clock: clock);
        var batch = await h.Native.CreateBatchAsync(SyncBatchFile.Create(Enumerable.Range(1, 20).Select(i => new SyncBatchRecord(
            $"request-{i}",
            new CreateGenerationRequest
            {
                Model = SyncModels.Lipsync2,
                Input = [GenerationInput.Video(new Uri($"https://assets.example.com/v{i}.mp4")), GenerationInput.Audio(new Uri($"https://assets.example.com/a{i}.wav"))],
            }))));
        h.Emulator.Faults.Enqueue("GET", "/v2/batch/", Fault.Stall());
        var started = clock.GetUtcNow();

        var wait = h.Native.WaitForBatchAsync(batch.Id!, new JobWaitOptions { Timeout = TimeSpan.FromSeconds(2) });
        await h.Emulator.WaitForRequestsAsync("GET", "/v2/batch/").WaitAsync(ObservedClock.HangGuard);
        clock.Advance(TimeSpan.FromSeconds(2));

        var act = () => wait.Bounded();
        var error = (await act.Should().ThrowAsync<LipSyncTimeoutException>()).Which;
        error.Message.Should().Contain("batch").And.Contain("within 2 s").And.Contain("did not answer in time");
        (clock.GetUtcNow() - started).Should().Be(TimeSpan.FromSeconds(2), "nothing but the wait's own 2 s budget moved the clock");
        h.Emulator.RequestsTo("GET", "/v2/batch/").Should().HaveCount(1);
    }

    [Fact]
    public async Task Caller_cancellation_during_a_stalled_poll_stays_an_operation_canceled_exception()
    {
        var clock = new ManualTimeProvider();
        await using var h = await SyncHarness.StartAsync(o => o.Retry.MaxRetries = 0, clock: clock);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());
        h.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Stall());
        using var cancel = new CancellationTokenSource();

        var wait = h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions { Timeout = TimeSpan.FromSeconds(2), UseLongPolling = false }, cancel.Token);
        await h.Emulator.WaitForRequestsAsync("GET", "/v2/generate/").WaitAsync(ObservedClock.HangGuard);
        await cancel.CancelAsync();

        var act = () => wait.Bounded();
        (await act.Should().ThrowAsync<OperationCanceledException>()).Which.Should().NotBeAssignableTo<LipSyncException>();
    }
}
