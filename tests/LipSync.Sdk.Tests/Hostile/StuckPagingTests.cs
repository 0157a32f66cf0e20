using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Chamelaion;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Defect 8: a list whose paging never advances (the same full page again, or a cursor already followed) stops with a
/// typed <see cref="LipSyncServiceException"/> (<see cref="LipSyncErrorKind.ServerError"/>, not retryable) after the
/// page that proves it, for every provider's pager: Sync cursors, Chamelaion offsets, HeyGen tokens, Breeze pages.
/// The server is scripted to misbehave 20 times, so a pager without the guard runs on instead of stopping.
/// </summary>
public sealed class StuckPagingTests
{
    private const int Misbehaviours = 20;

    [Fact]
    public async Task Sync_the_same_full_page_under_the_same_cursor()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/v2/generations", Fault.Respond(200,
            """[{"id":"gen-1","status":"COMPLETED","model":"lipsync-2","input":[]},{"id":"gen-2","status":"COMPLETED","model":"lipsync-2","input":[]}]"""),
            times: Misbehaviours);

        var act = () => h.Native.ListGenerationsAsync(new ListGenerationsOptions { Limit = 2 }).ToListAsync().AsTask();

        await ShouldStop(act, "sync");
        h.Emulator.RequestsTo("GET", "/v2/generations").Should().HaveCount(2);
    }

    [Fact]
    public async Task Chamelaion_the_same_full_page_whatever_the_offset()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/api/v1/lipsync/requests", Fault.Respond(200,
            """{"data":[{"id":"job-1","status":"completed"},{"id":"job-2","status":"completed"}],"pagination":{"limit":2,"offset":0,"total":100000}}"""),
            times: Misbehaviours);

        var act = () => h.Native.ListRequestsAsync(new ListRequestsOptions { Limit = 2 }).ToListAsync().AsTask();

        await ShouldStop(act, "chamelaion");
        h.Emulator.RequestsTo("GET", "/api/v1/lipsync/requests").Should().HaveCount(2);
    }

    [Fact]
    public async Task HeyGen_a_token_that_leads_back_to_a_page_already_read()
    {
        await using var h = await HeyGenHarness.StartAsync();
        for (var i = 0; i < Misbehaviours; i++)
        {
            // Distinct pages whose tokens cycle A → B → A → B...
            var token = i % 2 == 0 ? "A" : "B";
            h.Emulator.Faults.Enqueue("GET", "/v3/lipsyncs", Fault.Respond(200,
                $$"""{"data":[{"id":"l-{{i}}a","status":"completed"},{"id":"l-{{i}}b","status":"completed"}],"has_more":true,"next_token":"{{token}}"}"""));
        }

        var act = () => h.Native.ListLipsyncsAsync(new HeyGenListOptions { Limit = 2 }).ToListAsync().AsTask();

        await ShouldStop(act, "heygen");
        h.Emulator.RequestsTo("GET", "/v3/lipsyncs").Should().HaveCount(3, "the third page hands back token A again");
    }

    [Fact]
    public async Task HeyGen_a_token_that_does_not_move_is_an_error_not_a_silently_short_list()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/v3/lipsyncs", Fault.Respond(200,
            """{"data":[{"id":"l-1","status":"completed"}],"has_more":true,"next_token":"same"}"""), times: Misbehaviours);

        var act = () => h.Native.ListLipsyncsAsync(new HeyGenListOptions { Limit = 1, Token = "same" }).ToListAsync().AsTask();

        await ShouldStop(act, "heygen");
        h.Emulator.RequestsTo("GET", "/v3/lipsyncs").Should().HaveCount(1);
    }

    [Fact]
    public async Task Breeze_the_same_voices_on_every_page_number()
    {
        await using var h = await Envelope.EnvelopeHarness.BreezeAsync();
        h.Emulator.Faults.Enqueue("GET", "/v1/voices", Fault.Respond(200,
            """{"voices":[{"voice_id":"v-1","name":"One"},{"voice_id":"v-2","name":"Two"}],"has_more":true}"""), times: Misbehaviours);

        var act = () => Envelope.EnvelopeHarness.Native(h).ListVoicesAsync().ToListAsync().AsTask();

        await ShouldStop(act, "breeze");
        h.Emulator.RequestsTo("GET", "/v1/voices").Should().HaveCount(2);
    }

    private static async Task ShouldStop<T>(Func<Task<T>> list, string provider)
    {
        var error = (await list.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.ServerError);
        error.IsRetryable.Should().BeFalse("asking again would loop again");
        error.Provider.Should().Be(provider);
        error.Message.Should().Contain("paging does not advance");
    }
}
