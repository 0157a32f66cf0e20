using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.Configuration;

namespace LipSync.Sdk.Tests.Chamelaion;

/// <summary>
/// The opt-in client-side limit of 60 generate requests per minute, against an emulator that enforces the same limit
/// on the same manual clock: a burst is queued and released as the window slides, never answered 429. The clock is
/// moved by hand, so a minute of pacing takes milliseconds.
/// </summary>
public sealed class ChamelaionRateLimitTests
{
    [Fact]
    public async Task Burst_of_100_submits_is_paced_instead_of_rate_limited()
    {
        await using var h = await ChamelaionHarness.StartAsync(
            o => o.Providers["chamelaion"].AdditionalProperties[ChamelaionOptions.LimitGenerationRateKey] = "true",
            e => e.GenerationRateLimit = 60,
            autoAdvance: false);
        var native = (ChamelaionClient)h.Native;
        var start = h.Time.GetUtcNow();

        var submits = Enumerable.Range(0, 100).Select(i => h.Client.SubmitAsync(ChamelaionHarness.UrlRequest())).ToList();

        // The first 60 go out at once; 40 wait in the client's queue (no request, no 429). The emulator counts a job
        // before its response reaches the client, so wait for the 60 answers too.
        await Eventually.HoldsAsync(
            () => h.Emulator.CreatedJobCount == 60 && native.QueuedGenerateCalls == 40 && submits.Count(t => t.IsCompleted) == 60,
            "60 sent and answered, 40 queued");
        h.Creates.Should().HaveCount(60);
        submits.Count(t => t.IsCompleted).Should().Be(60);

        // 59 seconds later the window still holds the first 60 requests.
        for (var second = 1; second < 60; second++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
        }

        // Timer callbacks run inside Advance, so a permit released too early would already have left the queue.
        native.QueuedGenerateCalls.Should().Be(40);
        h.Creates.Should().HaveCount(60);

        // At 60 s the first segment leaves the window and the queue drains in arrival order.
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var jobs = await Task.WhenAll(submits).WaitAsync(ObservedClock.HangGuard);

        jobs.Select(j => j.Id).Distinct().Should().HaveCount(100);
        h.Emulator.RateLimitedCount.Should().Be(0);
        h.Emulator.CreatedJobCount.Should().Be(100);
        h.Creates.Should().HaveCount(100);
        h.Creates.Skip(60).Should().OnlyContain(r => r.ReceivedAt == start + TimeSpan.FromMinutes(1));
        native.QueuedGenerateCalls.Should().Be(0);

        // Idle again: once the window is empty the limiter's timer stops, so an idle client holds no running timer.
        for (var second = 0; second < 61; second++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
        }

        h.Time.PendingTimerCount.Should().Be(0);
    }

    [Fact]
    public async Task Without_the_limiter_the_same_burst_meets_429s()
    {
        await using var h = await ChamelaionHarness.StartAsync(o => o.Retry.MaxRetries = 0, e => e.GenerationRateLimit = 60, autoAdvance: false);

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
        {
            try
            {
                await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());
                return null;
            }
            catch (LipSyncException error)
            {
                return error;
            }
        }));

        results.Count(e => e is LipSyncRateLimitException { ErrorCode: "rate_limit_exceeded", StatusCode: 429 }).Should().Be(40);
        h.Emulator.RateLimitedCount.Should().Be(40);
        h.Emulator.CreatedJobCount.Should().Be(60);
    }

    [Fact]
    public async Task Reads_are_not_limited()
    {
        await using var h = await ChamelaionHarness.StartAsync(
            o =>
            {
                o.Providers["chamelaion"].AdditionalProperties[ChamelaionOptions.LimitGenerationRateKey] = "true";
                o.Providers["chamelaion"].AdditionalProperties[ChamelaionOptions.GenerationRequestsPerMinuteKey] = "1";
            },
            autoAdvance: false);
        var job = await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        for (var i = 0; i < 5; i++)
        {
            await h.Client.GetJobAsync(job.Id);
        }

        (await h.Native.GetRequestsPageAsync()).Data.Should().ContainSingle();
    }

    [Fact]
    public async Task A_full_queue_fails_fast_without_sending()
    {
        await using var h = await ChamelaionHarness.StartAsync(
            o =>
            {
                var settings = o.Providers["chamelaion"].AdditionalProperties;
                settings[ChamelaionOptions.LimitGenerationRateKey] = "true";
                settings[ChamelaionOptions.GenerationRequestsPerMinuteKey] = "2";
                settings[ChamelaionOptions.GenerationQueueLimitKey] = "1";
            },
            autoAdvance: false);

        var first = await Task.WhenAll(h.Client.SubmitAsync(ChamelaionHarness.UrlRequest()), h.Client.SubmitAsync(ChamelaionHarness.UrlRequest()));
        var queued = h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());
        var overflow = () => h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());

        var error = (await overflow.Should().ThrowAsync<LipSyncRateLimitException>()).Which;
        error.StatusCode.Should().BeNull("nothing was sent");
        error.IsRetryable.Should().BeTrue();
        first.Should().HaveCount(2);
        queued.IsCompleted.Should().BeFalse();
        h.Creates.Should().HaveCount(2);

        for (var second = 0; second < 60; second++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await queued.WaitAsync(ObservedClock.HangGuard);
        h.Creates.Should().HaveCount(3);
    }

    [Fact]
    public async Task Waiting_for_a_permit_honours_cancellation()
    {
        await using var h = await ChamelaionHarness.StartAsync(
            o =>
            {
                o.Providers["chamelaion"].AdditionalProperties[ChamelaionOptions.LimitGenerationRateKey] = "true";
                o.Providers["chamelaion"].AdditionalProperties[ChamelaionOptions.GenerationRequestsPerMinuteKey] = "1";
            },
            autoAdvance: false);
        await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest());
        using var cancel = new CancellationTokenSource();

        var waiting = h.Client.SubmitAsync(ChamelaionHarness.UrlRequest(), cancel.Token);
        await cancel.CancelAsync();

        await FluentActions.Awaiting(() => waiting).Should().ThrowAsync<OperationCanceledException>();
        h.Creates.Should().ContainSingle();
    }

    [Theory]
    [InlineData("LimitGenerationRate", "yes")]
    [InlineData("GenerationRequestsPerMinute", "0")]
    [InlineData("GenerationRequestsPerMinute", "sixty")]
    [InlineData("GenerationQueueLimit", "-1")]
    public void Invalid_settings_are_rejected_with_their_configuration_key(string key, string value)
    {
        var act = () => ChamelaionOptions.FromAdditionalProperties([new(key, value)]);
        act.Should().Throw<ArgumentException>().WithMessage($"*LipSync:Providers:chamelaion:AdditionalProperties:{key}*");
    }

    [Fact]
    public void Settings_are_read_case_insensitively_with_defaults()
    {
        var options = ChamelaionOptions.FromAdditionalProperties([new("limitgenerationrate", "True"), new("Unrelated", "x")]);
        options.LimitGenerationRate.Should().BeTrue();
        options.GenerationRequestsPerMinute.Should().Be(60);
        ChamelaionOptions.FromAdditionalProperties(null).LimitGenerationRate.Should().BeFalse("the limiter is opt-in");
    }

    [Fact]
    public void Settings_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["LipSync:Providers:chamelaion:ApiKey"] = "k",
                ["LipSync:Providers:chamelaion:AdditionalProperties:LimitGenerationRate"] = "true",
                ["LipSync:Providers:chamelaion:AdditionalProperties:GenerationRequestsPerMinute"] = "30",
            })
            .Build();
        var options = new LipSyncOptions();
        ConfigurationBinder.Bind(configuration.GetSection("LipSync"), options);

        var chamelaion = ChamelaionOptions.FromAdditionalProperties(options.Providers["chamelaion"].AdditionalProperties);
        chamelaion.LimitGenerationRate.Should().BeTrue();
        chamelaion.GenerationRequestsPerMinute.Should().Be(30);
    }
}
