using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.HeyGen;

/// <summary>2xx bodies that are inspected for hidden errors are buffered only up to a cap, never whole.</summary>
public sealed class HeyGenOversizedBodyTests
{
    [Fact]
    public async Task A_success_body_over_the_cap_is_an_unexpected_response_not_an_out_of_memory()
    {
        await using var h = await HeyGenHarness.StartAsync(o => o.Retry.MaxRetries = 0);
        var huge = "{\"data\":{\"id\":\"" + new string('x', 17 * 1024 * 1024) + "\"}}";
        h.Emulator.Faults.Enqueue("GET", "/v3/lipsyncs/", Fault.Respond(200, huge));

        var act = () => h.Native.GetLipsyncAsync("ls_1");

        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.ServerError);
        error.Message.Should().Contain("larger than 16 MiB");
        error.Attempts.Should().Be(1);
    }
}
