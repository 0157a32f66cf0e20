using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Security;

/// <summary>A key rotated after the client was created is sent from then on, and masked like the first one.</summary>
public sealed class RotatedKeyTests
{
    [Fact]
    public async Task Rotated_key_is_used_and_never_shown()
    {
        const string OldKey = "sk-old-key-1111111111";
        const string NewKey = "sk-new-key-2222222222";
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = NewKey });
        var options = new LipSyncOptions { DefaultProvider = "sync" };
        options.AddProvider("sync", p =>
        {
            p.ApiKey = OldKey;
            p.BaseAddress = emulator.BaseAddress;
        });
        using var factory = new LipSyncClientFactory(options);
        var client = factory.GetNativeClient<ISyncClient>("sync");

        var before = () => client.ListModelsAsync();
        (await before.Should().ThrowAsync<LipSyncAuthenticationException>()).Which.ToString().Should().NotContain(OldKey);

        options.Providers["sync"].ApiKey = NewKey;
        (await client.ListModelsAsync()).Should().NotBeEmpty("the next attempt carries the rotated key");

        emulator.Faults.Enqueue("GET", "/v2/models", Fault.Respond(400, $$"""{"statusCode":400,"message":"key {{NewKey}} may not list models","errorCode":"{{NewKey}}"}"""));
        var echoed = (await client.Invoking(c => c.ListModelsAsync()).Should().ThrowAsync<LipSyncException>()).Which;

        echoed.ToString().Should().NotContain(NewKey);
        (echoed.ResponseBody ?? string.Empty).Should().NotContain(NewKey);
        emulator.Requests.Last().Header("x-api-key").Should().Be(NewKey);
    }
}
