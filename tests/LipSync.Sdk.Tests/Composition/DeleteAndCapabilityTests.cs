using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Tests.Chamelaion;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.Composition;

public sealed class DeleteAndCapabilityTests
{
    [Fact]
    public async Task Sync_deletes_a_finished_generation_and_answers_409_while_it_runs()
    {
        await using var h = await SyncHarness.StartAsync();
        var job = await h.Client.SubmitAsync(SyncHarness.Request());

        var early = () => h.Client.DeleteJobAsync(job.Id);
        var conflict = (await early.Should().ThrowAsync<LipSyncConflictException>()).Which;
        conflict.StatusCode.Should().Be(409);
        conflict.ErrorCode.Should().Be("generation_not_deletable_while_processing");
        conflict.IsRetryable.Should().BeFalse();

        await h.Client.WaitForCompletionAsync(job.Id);
        var deleted = await h.Native.DeleteGenerationAsync(job.Id);

        deleted.Id.Should().Be(job.Id);
        h.Emulator.RequestsTo("DELETE", "/v2/generations/" + job.Id).Should().HaveCount(2)
            .And.OnlyContain(r => r.Header("x-api-key") != null);
        h.Emulator.DeletedJobCount.Should().Be(1);
        await FluentActions.Awaiting(() => h.Client.GetJobAsync(job.Id)).Should().ThrowAsync<LipSyncNotFoundException>();
    }

    [Fact]
    public async Task HeyGen_deletes_a_lipsync_through_the_neutral_client()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var job = await h.Client.SubmitAsync(HeyGenHarness.Request());

        await h.Client.DeleteJobAsync(job.Id);

        h.Emulator.RequestsTo("DELETE", "/v3/lipsyncs/" + job.Id).Should().ContainSingle();
        h.Emulator.DeletedJobCount.Should().Be(1);
        var again = () => h.Native.DeleteLipsyncAsync(job.Id);
        (await again.Should().ThrowAsync<LipSyncNotFoundException>()).Which.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task A_provider_without_delete_says_so_in_its_capabilities_before_any_request()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var wrapped = new LipSyncClientBuilder(h.Client).UseLogging().Build();

        var capabilities = wrapped.GetCapabilities();

        capabilities.Should().BeSameAs(ProviderCapabilityTable.For("chamelaion"));
        capabilities.Delete.Should().BeFalse();
        capabilities.Webhooks.Should().BeFalse();
        capabilities.List.Should().BeTrue();
        await FluentActions.Awaiting(() => wrapped.DeleteJobAsync("job-1")).Should().ThrowAsync<NotSupportedException>().WithMessage("*GetCapabilities*");
        h.Emulator.Requests.Should().BeEmpty();
    }
}
