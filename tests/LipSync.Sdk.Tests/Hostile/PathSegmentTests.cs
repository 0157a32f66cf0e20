
namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Defect 9: an id of dots (<c>"."</c>, <c>".."</c>) is refused before anything is sent. URL normalisation would remove
/// the segment — <c>GET /v2/generate/..</c> is <c>GET /v2/</c> — so an id taken from untrusted input would move a signed
/// call to another endpoint. Other ids are escaped into one segment.
/// </summary>
public sealed class PathSegmentTests
{
    public static TheoryData<string> DotIds => new() { ".", ".." };

    [Theory]
    [MemberData(nameof(DotIds))]
    public async Task Sync_refuses_dot_ids_and_sends_nothing(string id)
    {
        await using var h = await SyncHarness.StartAsync();

        await FluentActions.Awaiting(() => h.Native.GetGenerationAsync(id)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => h.Native.DeleteGenerationAsync(id)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => h.Native.GetGenerationDownloadUrlAsync(id)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => h.Client.GetJobAsync(id)).Should().ThrowAsync<ArgumentException>();

        h.Emulator.Requests.Should().BeEmpty("no call with a dot segment reaches the wire");
    }

    [Theory]
    [MemberData(nameof(DotIds))]
    public async Task HeyGen_refuses_dot_ids_and_sends_nothing(string id)
    {
        await using var h = await HeyGen.HeyGenHarness.StartAsync();

        await FluentActions.Awaiting(() => h.Native.GetLipsyncAsync(id)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => h.Native.DeleteLipsyncAsync(id)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => h.Native.UpdateLipsyncAsync(id, new LipSync.Sdk.Providers.HeyGen.UpdateLipsyncRequest { Title = "t" })).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => h.Native.GetVideoTranslationAsync(id)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => h.Native.DeleteWebhookEndpointAsync(id)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => h.Native.RotateWebhookSecretAsync(id)).Should().ThrowAsync<ArgumentException>();

        h.Emulator.Requests.Should().BeEmpty("no call with a dot segment reaches the wire");
    }

    [Fact]
    public async Task An_id_with_a_slash_stays_one_escaped_segment()
    {
        await using var h = await SyncHarness.StartAsync();

        await FluentActions.Awaiting(() => h.Native.GetGenerationAsync("../models")).Should().ThrowAsync<LipSyncException>();

        var request = h.Emulator.Requests.Should().ContainSingle().Which;
        request.Path.Should().NotBe("/v2/models").And.StartWith("/v2/generate/");
    }
}
