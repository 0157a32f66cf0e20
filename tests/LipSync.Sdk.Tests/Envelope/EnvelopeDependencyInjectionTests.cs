using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk.Tests.Envelope;

/// <summary>Breeze and AudioSpliter come with AddLipSyncClient like any built-in provider, keys from the environment included.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class EnvelopeDependencyInjectionTests
{
    [Fact]
    public async Task Built_in_envelope_providers_resolve_from_di_with_environment_keys()
    {
        await using var breeze = await BreezeEmulator.StartAsync(new BreezeEmulatorOptions { ApiKey = "brz_from_environment_1" });
        await using var spliter = await AudioSpliterEmulator.StartAsync(new AudioSpliterEmulatorOptions { ApiKey = "as_from_environment_1" });
        using var breezeKey = new EnvironmentVariableScope("BREEZE_API_KEY", "brz_from_environment_1");
        using var spliterKey = new EnvironmentVariableScope("AUDIOSPLITER_API_KEY", "as_from_environment_1");
        var services = new ServiceCollection();
        // Two providers: the unkeyed ILipSyncClient needs a default (start-up validation says so without one).
        services.AddLipSyncClient(o => o
            .AddProvider("Breeze", p => p.BaseAddress = breeze.BaseAddress)
            .AddProvider("AUDIOSPLITER", p => p.BaseAddress = spliter.ApiBaseAddress)
            .DefaultProvider = "breeze");
        await using var provider = services.BuildServiceProvider();

        var voices = await provider.GetRequiredService<IBreezeClient>().GetVoicesPageAsync();
        var job = await provider.GetRequiredService<IAudioSpliterClient>().CreateSplitAsync(new CreateSplitRequest { SourceUrl = "https://x.example/a.mp3", SegmentDuration = 60 });

        voices.Voices.Should().HaveCount(5);
        job.Status.Should().Be("queued");
        provider.GetRequiredKeyedService<ILipSyncClient>("breeze").Provider.Should().Be("breeze");
        (await provider.GetRequiredKeyedService<ILipSyncClient>("audiospliter").GetJobAsync(job.Id)).Status.Should().Be(JobStatus.Processing);
        breeze.Requests.Single().Header("xi-api-key").Should().Be("brz_from_environment_1");
        spliter.Requests.Should().OnlyContain(r => r.Header("X-API-Key") == "as_from_environment_1");
    }
}
