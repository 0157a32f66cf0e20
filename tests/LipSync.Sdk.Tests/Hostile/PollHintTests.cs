using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Defect 6: a status poll answered <c>200</c> with <c>Retry-After: 86400</c> must not park a wait: the next poll
/// comes at most after the client's <c>MaxRetryAfter</c>, read by the same
/// Retry-After reader as errors, on the injected clock.
/// </summary>
public sealed class PollHintTests
{
    [Fact]
    public async Task A_day_long_retry_after_on_a_status_poll_is_clamped_to_max_retry_after()
    {
        await using var h = await SyncHarness.StartAsync(o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(2), emulator: e => e.PollsUntilCompleted = 2);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());
        h.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(
            200, $$"""{"id":"{{job.Id}}","status":"PROCESSING","model":"lipsync-2","input":[]}""",
            headers: new Dictionary<string, string> { ["Retry-After"] = "86400" }));
        h.Time.ClearRecordedDelays();

        var done = await h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions { UseLongPolling = false }).Bounded();

        done.Status.Should().Be(JobStatus.Completed);
        h.Delays.Should().StartWith(TimeSpan.FromSeconds(2), "the hint is followed only up to MaxRetryAfter");
        h.Delays.Should().NotContain(d => d > TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_retry_after_date_on_a_status_poll_is_read_against_the_injected_clock_and_bounded()
    {
        await using var h = await SyncHarness.StartAsync(o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(8), emulator: e => e.PollsUntilCompleted = 2);
        var job = await h.Client.SubmitAsync(SyncHarness.Request());
        var inFiveSeconds = h.Time.GetUtcNow().AddSeconds(5).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        var nextWeek = h.Time.GetUtcNow().AddDays(7).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var date in new[] { inFiveSeconds, nextWeek })
        {
            h.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(
                200, $$"""{"id":"{{job.Id}}","status":"PROCESSING","model":"lipsync-2","input":[]}""",
                headers: new Dictionary<string, string> { ["Retry-After"] = date }));
        }

        h.Time.ClearRecordedDelays();

        await h.Client.WaitForCompletionAsync(job.Id, new JobWaitOptions { UseLongPolling = false }).Bounded();

        h.Delays.Take(2).Should().Equal(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(8));
    }
}
