using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk.Tests.Chamelaion;

/// <summary>
/// The rate gate and the lookup before a re-send run inside the provider's handler chain (ChamelaionCreateRecovery, the
/// provider's call strategy), so a create has one total budget: the time it waits for a permit, the backoff before a
/// lookup and the lookups themselves all come out of it. Over loopback, on the manual clock.
/// </summary>
public sealed class ChamelaionCallBudgetTests
{
    private const string GeneratePath = "/api/v1/lipsync/generate";

    [Fact]
    public async Task The_wait_for_a_permit_shortens_the_attempt_timeout_of_the_create()
    {
        await using var h = await ChamelaionHarness.StartAsync(o => Paced(o, TimeSpan.FromSeconds(90)), autoAdvance: false);
        var native = (ChamelaionClient)h.Native;
        await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest()); // t = 0: the minute's one permit
        h.Time.Advance(TimeSpan.FromSeconds(40));
        h.Emulator.Faults.Enqueue("POST", GeneratePath, Fault.Stall());

        // t = 40: the budget of this create ends at t = 130, whatever it spends its time on.
        var second = h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());
        await Eventually.HoldsAsync(() => native.QueuedGenerateCalls == 1, "the second create to queue for a permit");

        // t = 60: the permit; the create is sent with what is left of the budget (70 s) as its attempt timeout, not 90 s.
        h.Time.Advance(TimeSpan.FromSeconds(20));
        await Eventually.HoldsAsync(() => h.Creates.Count == 2, "the second create to reach the server");
        h.Time.Advance(TimeSpan.FromSeconds(69));
        second.IsCompleted.Should().BeFalse("the budget runs until t = 130");
        h.Time.Advance(TimeSpan.FromSeconds(1));

        var error = (await FluentActions.Awaiting(() => second.WaitAsync(ObservedClock.HangGuard)).Should().ThrowAsync<LipSyncTimeoutException>()).Which;
        error.Attempts.Should().Be(1);
        h.Time.RecordedDelays.Should().Contain(TimeSpan.FromSeconds(70), "the attempt timeout was capped by the budget left after the wait");
        h.Lookups.Should().BeEmpty("no budget was left for the backoff before a lookup");
        h.Creates.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_wait_for_a_permit_longer_than_the_budget_fails_as_a_timeout_without_sending()
    {
        await using var h = await ChamelaionHarness.StartAsync(o => Paced(o, TimeSpan.FromSeconds(30)), autoAdvance: false);
        var native = (ChamelaionClient)h.Native;
        await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        var second = h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());
        await Eventually.HoldsAsync(() => native.QueuedGenerateCalls == 1, "the second create to queue for a permit");
        h.Time.Advance(TimeSpan.FromSeconds(29));
        second.IsCompleted.Should().BeFalse();
        h.Time.Advance(TimeSpan.FromSeconds(1));

        var error = (await FluentActions.Awaiting(() => second.WaitAsync(ObservedClock.HangGuard)).Should().ThrowAsync<LipSyncTimeoutException>()).Which;
        error.Message.Should().Contain("rate limit").And.Contain("nothing was sent");
        error.Attempts.Should().Be(0);
        native.QueuedGenerateCalls.Should().Be(0, "the timed-out call left the queue");
        h.Creates.Should().ContainSingle();
    }

    [Fact]
    public async Task Lookups_spend_the_budget_of_the_create_they_are_made_for()
    {
        await using var h = await ChamelaionHarness.StartAsync(o => o.TotalTimeout = TimeSpan.FromSeconds(150));
        h.Emulator.Faults.Enqueue("POST", GeneratePath, Fault.Respond(500, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.InternalError)));
        h.Emulator.Faults.Enqueue("GET", "/api/v1/lipsync/requests", Fault.Stall(), times: 5);
        var start = h.Time.GetUtcNow();

        // t = 0 the create fails (500), t = 1 after the backoff the lookup stalls until its 100 s attempt timeout.
        var submit = h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());
        await Eventually.HoldsAsync(() => h.Lookups.Count == 1, "the lookup to reach the server");
        h.Time.Advance(TimeSpan.FromSeconds(100));

        // t = 102 after the lookup's own backoff, its second attempt gets what is left of the create's budget: 48 s.
        var error = (await FluentActions.Awaiting(() => submit.WaitAsync(ObservedClock.HangGuard)).Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.StatusCode.Should().Be(500, "whether the job exists is unknown, so the create's own failure is reported");
        error.Attempts.Should().Be(1);
        h.Time.RecordedDelays.Should().Contain(TimeSpan.FromSeconds(48));
        (h.Time.GetUtcNow() - start).Should().Be(TimeSpan.FromSeconds(150), "the create, the backoff and both lookup attempts shared one budget");
        h.Creates.Should().ContainSingle();
    }

    [Fact]
    public async Task Resends_count_every_create_on_the_wire()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", GeneratePath, Fault.Respond(500, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.InternalError)), times: 10);

        var act = () => h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.Attempts.Should().Be(4, "one create and three re-sends after lookups that found nothing, all one call");
        h.Creates.Should().HaveCount(4);
        h.Lookups.Should().HaveCount(4);
    }

    [Fact]
    public async Task The_dependency_injection_chain_runs_the_same_strategy()
    {
        await using var emulator = await ChamelaionEmulator.StartAsync(new ChamelaionEmulatorOptions { ApiKey = ChamelaionHarness.ApiKey });
        emulator.Faults.Enqueue("POST", GeneratePath, Fault.DropConnection().AfterProcessing());
        var services = new ServiceCollection().AddSingleton<TimeProvider>(ProviderHarness.NewClock());
        services.AddLipSyncClient(o =>
        {
            o.Retry.UseJitter = false;
            o.AddProvider("chamelaion", p =>
            {
                p.ApiKey = ChamelaionHarness.ApiKey;
                p.BaseAddress = emulator.ApiBaseAddress;
            });
        });
        await using var provider = services.BuildServiceProvider();
        var native = provider.GetRequiredService<ILipSyncClientFactory>().GetNativeClient<IChamelaionClient>("chamelaion");

        var created = await native.GenerateAsync(new GenerateRequest
        {
            Inputs = [MediaInput.Video(new Uri("https://cdn.example.com/v.mp4")), MediaInput.Audio(new Uri("https://cdn.example.com/a.wav"))],
        });

        created.RecoveredByLookup.Should().BeTrue();
        created.RequestId.Should().Be(emulator.Jobs.Single().Id);
        emulator.CreatedJobCount.Should().Be(1);
        emulator.RequestsTo("POST", GeneratePath).Should().ContainSingle();
    }

    private static void Paced(LipSyncOptions options, TimeSpan totalTimeout)
    {
        options.TotalTimeout = totalTimeout;
        var settings = options.Providers["chamelaion"].AdditionalProperties;
        settings[ChamelaionOptions.LimitGenerationRateKey] = "true";
        settings[ChamelaionOptions.GenerationRequestsPerMinuteKey] = "1";
    }
}
