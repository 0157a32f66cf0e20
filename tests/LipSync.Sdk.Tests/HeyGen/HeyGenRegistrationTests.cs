using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk.Tests.HeyGen;

/// <summary>The one-line registration makes HeyGen available to FromResponse, the factory and DI.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class HeyGenRegistrationTests
{
    [Fact]
    public void FromResponse_and_catalogue_know_heygen_case_insensitively()
    {
        LipSyncErrors.Providers.Should().Contain("heygen");
        LipSyncErrors.GetCatalog("HeyGen").Should().BeSameAs(HeyGenErrorCatalog.Catalog);
        LipSyncErrors.FromResponse("HEYGEN", 400, """{"code":400112,"message":"Unauthorized"}""").Provider.Should().Be("heygen");
    }

    [Fact]
    public async Task DI_resolves_the_native_and_neutral_clients_with_the_key_from_the_environment()
    {
        await using var emulator = await HeyGenEmulator.StartAsync(new HeyGenEmulatorOptions { ApiKey = "env-heygen-key-123" });
        using var key = new EnvironmentVariableScope("HEYGEN_API_KEY", "env-heygen-key-123");
        using var provider = new ServiceCollection()
            .AddLipSyncClient(o => o.AddProvider("heygen", p => p.BaseAddress = emulator.BaseAddress))
            .Services.BuildServiceProvider(validateScopes: true);

        var native = provider.GetRequiredService<IHeyGenClient>();
        var neutral = provider.GetRequiredService<ILipSyncClient>();
        var job = await neutral.SubmitAsync(HeyGenHarness.Request());

        native.Should().BeOfType<HeyGenClient>();
        neutral.Provider.Should().Be("heygen");
        (await native.GetLipsyncAsync(job.Id)).Id.Should().Be(job.Id);
        emulator.Requests.Should().OnlyContain(r => r.Header("X-Api-Key") == "env-heygen-key-123");
    }

    [Fact]
    public async Task Standalone_client_works_without_DI()
    {
        await using var emulator = await HeyGenEmulator.StartAsync();
        var client = new HeyGenClient(new LipSyncProviderOptions { ApiKey = HeyGenEmulator.DefaultApiKey, BaseAddress = emulator.BaseAddress });

        var created = await client.CreateLipsyncAsync(HeyGenHarness.NativeRequest());

        created.LipsyncId.Should().Be(emulator.Jobs.Single().Id);
    }
}
