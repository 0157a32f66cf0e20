using System.Text.Json.Nodes;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LipSync.Sdk.Tests.Composition;

public sealed class BudgetAndCacheTests
{
    [Fact]
    public async Task The_budget_prices_with_Sync_and_refuses_past_the_limit_with_a_typed_error()
    {
        await using var h = await CompositionHarness.StartAsync(); // the Sync emulator prices every request at 0.5
        var ledger = new InMemorySpendLedger();
        var client = new LipSyncClientBuilder(h.SyncClient).UseBudget(o =>
        {
            o.Limit = 0.75m;
            o.Ledger = ledger;
        }).Build();

        await client.SubmitAsync(CompositionHarness.Request());
        var second = () => client.SubmitAsync(CompositionHarness.Request("https://assets.example.com/other.mp4"));

        var refusal = (await second.Should().ThrowAsync<LipSyncBudgetExceededException>()).Which;
        refusal.Kind.Should().Be(LipSyncErrorKind.QuotaExceeded);
        refusal.IsRetryable.Should().BeFalse();
        refusal.Limit.Should().Be(0.75m);
        refusal.Spent.Should().Be(0.5m);
        refusal.EstimatedCost.Should().Be(0.5m);
        h.Sync.RequestsTo("POST", "/v2/analyze/cost").Should().HaveCount(2);
        h.Sync.CreatedJobCount.Should().Be(1);
        (await ledger.GetSpentAsync()).Should().Be(0.5m);
    }

    [Fact]
    public async Task A_submit_that_proves_no_job_was_created_is_refunded_and_an_ambiguous_one_is_not()
    {
        await using var h = await CompositionHarness.StartAsync();
        var ledger = new InMemorySpendLedger();
        var client = new LipSyncClientBuilder(h.SyncClient).UseBudget(o =>
        {
            o.Limit = 10m;
            o.Ledger = ledger;
        }).Build();

        h.RefuseNextSyncCreate(402, "account_payment_required");
        await FluentActions.Awaiting(() => client.SubmitAsync(CompositionHarness.Request())).Should().ThrowAsync<LipSyncQuotaExceededException>();
        (await ledger.GetSpentAsync()).Should().Be(0m);

        h.Sync.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(500, SyncErrorBodies.InternalServerError()).AfterProcessing(), times: 4);
        await FluentActions.Awaiting(() => client.SubmitAsync(CompositionHarness.Request())).Should().ThrowAsync<LipSyncException>();
        (await ledger.GetSpentAsync()).Should().Be(0.5m); // the job may exist: its cost stays on the ledger
    }

    [Fact]
    public async Task A_provider_that_cannot_price_is_refused_unless_the_options_price_it()
    {
        await using var h = await CompositionHarness.StartAsync();
        var strict = new LipSyncClientBuilder(h.HeyGenClient).UseBudget(o => o.Limit = 5m).Build();
        var priced = new LipSyncClientBuilder(h.HeyGenClient).UseBudget(o =>
        {
            o.Limit = 5m;
            o.EstimateCost = (_, provider) => provider == "heygen" ? 2m : null;
        }).Build();

        var refused = () => strict.SubmitAsync(CompositionHarness.Request());
        (await refused.Should().ThrowAsync<LipSyncBudgetExceededException>()).Which.EstimatedCost.Should().BeNull();
        h.HeyGen.Requests.Should().BeEmpty();

        await priced.SubmitAsync(CompositionHarness.Request());
        await priced.SubmitAsync(CompositionHarness.Request("https://assets.example.com/b.mp4"));
        var third = () => priced.SubmitAsync(CompositionHarness.Request("https://assets.example.com/c.mp4"));
        await third.Should().ThrowAsync<LipSyncBudgetExceededException>();
        h.HeyGen.CreatedJobCount.Should().Be(2);
    }

    [Fact]
    public async Task The_same_inputs_return_the_earlier_job_with_zero_creates_and_a_freshly_read_link()
    {
        await using var h = await CompositionHarness.StartAsync();
        var client = new LipSyncClientBuilder(h.SyncClient).UseResultCache(NewCache()).Build();
        var first = await client.SubmitAsync(Request(new JsonObject { ["sync_mode"] = "loop", ["temperature"] = 0.5 }));
        var done = await client.WaitForCompletionAsync(first.Id);
        var readsBefore = h.Sync.RequestsTo("GET", "/v2/generate/" + first.Id).Count;

        // Same media, model and options (keys in another order): no new job, the job re-read from Sync.
        var again = await client.SubmitAsync(Request(new JsonObject { ["temperature"] = 0.5, ["sync_mode"] = "loop" }));

        h.Sync.CreatedJobCount.Should().Be(1);
        again.Id.Should().Be(first.Id);
        again.Status.Should().Be(JobStatus.Completed);
        again.OutputUrl.Should().Be(done.OutputUrl);
        h.Sync.RequestsTo("GET", "/v2/generate/" + first.Id).Should().HaveCount(readsBefore + 1);

        // Different options are a different job.
        await client.SubmitAsync(Request(new JsonObject { ["sync_mode"] = "bounce" }));
        h.Sync.CreatedJobCount.Should().Be(2);
    }

    [Fact]
    public async Task A_cached_job_that_failed_or_was_deleted_is_submitted_again()
    {
        await using var h = await CompositionHarness.StartAsync();
        var client = new LipSyncClientBuilder(h.SyncClient).UseResultCache(NewCache()).Build();
        var first = await client.SubmitAsync(CompositionHarness.Request());
        await client.WaitForCompletionAsync(first.Id);
        await client.DeleteJobAsync(first.Id);

        var again = await client.SubmitAsync(CompositionHarness.Request());

        again.Id.Should().NotBe(first.Id);
        h.Sync.CreatedJobCount.Should().Be(2);
    }

    [Fact]
    public async Task Local_media_is_fingerprinted_by_its_bytes()
    {
        await using var h = await CompositionHarness.StartAsync();
        var client = new LipSyncClientBuilder(h.SyncClient).UseResultCache(NewCache()).Build();
        var bytes = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };
        LipSyncRequest Local() => new()
        {
            Video = MediaSource.FromStream(new MemoryStream(bytes), "speaker.mp4"),
            Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
        };

        var first = await client.SubmitAsync(Local());
        var again = await client.SubmitAsync(Local());

        again.Id.Should().Be(first.Id);
        h.Sync.CreatedJobCount.Should().Be(1);
        h.Sync.Uploads.Should().HaveCount(1); // the repeat uploaded nothing either
    }

    private static LipSyncRequest Request(JsonObject options) => new()
    {
        Video = MediaSource.FromUrl("https://assets.example.com/speaker.mp4"),
        Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
        Model = "lipsync-2",
        ProviderOptions = options,
    };

    internal static IDistributedCache NewCache() => new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
}
