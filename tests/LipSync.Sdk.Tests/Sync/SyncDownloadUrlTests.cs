using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Sync;

/// <summary><c>GET /v2/generations/{id}/download</c>: a fresh link as an unquoted text/plain body (sync.md §3).</summary>
public sealed class SyncDownloadUrlTests
{
    [Fact]
    public async Task A_completed_generation_gets_a_fresh_presigned_link_that_serves_its_output()
    {
        await using var h = await SyncHarness.StartAsync(emulator: e => e.OutputVideoLength = 5000);
        var job = await h.Client.WaitForCompletionAsync((await h.Client.SubmitAsync(SyncHarness.Request())).Id);

        var url = await h.Native.GetGenerationDownloadUrlAsync(job.Id);

        url.GetLeftPart(UriPartial.Path).Should().Be(h.Emulator.GetOutputUrl(job.Id));
        url.Query.Should().Contain("X-Amz-Signature=");
        var call = h.Emulator.RequestsTo("GET", $"/v2/generations/{job.Id}/download").Single();
        call.Header("x-api-key").Should().Be(SyncHarness.ApiKey);
        using var http = new HttpClient();
        (await http.GetByteArrayAsync(url)).Should().HaveCount(5000);
    }

    [Fact]
    public async Task An_unknown_generation_is_not_found()
    {
        await using var h = await SyncHarness.StartAsync();

        var act = () => h.Native.GetGenerationDownloadUrlAsync("no-such-generation");

        (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task A_body_that_is_not_a_url_is_an_unexpected_response_not_a_link()
    {
        await using var h = await SyncHarness.StartAsync(configure: o => o.Retry.MaxRetries = 0);
        h.Emulator.Faults.Enqueue("GET", "/v2/generations/", Fault.Respond(200, "<html>maintenance</html>", "text/html"));

        var act = () => h.Native.GetGenerationDownloadUrlAsync("any");

        var error = (await act.Should().ThrowAsync<LipSyncException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.ServerError);
        error.Message.Should().Contain("not a download URL");
    }
}
