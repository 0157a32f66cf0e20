using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.HeyGen;
using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk.Tests.Composition;

public sealed class ComposedRegistrationTests
{
    [Fact]
    public async Task AddLipSyncClient_middleware_wraps_the_default_and_keyed_clients_and_the_container_owns_them()
    {
        await using var sync = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = SyncHarness.ApiKey });
        await using var heyGen = await HeyGenEmulator.StartAsync(new HeyGenEmulatorOptions { ApiKey = HeyGenHarness.ApiKey });
        var disposed = 0;
        var services = new ServiceCollection();
        services.AddLipSyncClient(o =>
            {
                o.DefaultProvider = "sync";
                o.AddProvider("sync", p => (p.ApiKey, p.BaseAddress) = (SyncHarness.ApiKey, sync.BaseAddress));
                o.AddProvider("heygen", p => (p.ApiKey, p.BaseAddress) = (HeyGenHarness.ApiKey, heyGen.BaseAddress));
            })
            .UseFallback("heygen")
            .Use(inner => new DisposeProbe(inner, () => Interlocked.Increment(ref disposed)))
            .Services.AddDistributedMemoryCache();

        var provider = services.BuildServiceProvider(validateScopes: true);
        var defaultClient = provider.GetRequiredService<ILipSyncClient>();
        var keyedSync = provider.GetRequiredKeyedService<ILipSyncClient>("sync");
        var keyedHeyGen = provider.GetRequiredKeyedService<ILipSyncClient>("heygen");

        defaultClient.Should().BeSameAs(keyedSync);
        defaultClient.GetService(typeof(FallbackLipSyncClient)).Should().NotBeNull();
        keyedHeyGen.GetService(typeof(DisposeProbe)).Should().NotBeNull();
        defaultClient.GetService(typeof(ISyncClient)).Should().BeSameAs(provider.GetRequiredService<ISyncClient>());

        // A consumer disposing its injected client changes nothing for the rest of the application.
        using (provider.GetRequiredService<ILipSyncClient>())
        {
        }

        disposed.Should().Be(0);
        sync.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(402, SyncErrorBodies.Create(402, "no credits", "account_payment_required")));
        var job = await defaultClient.SubmitAsync(CompositionHarness.Request());
        job.Provider.Should().Be("heygen");
        (sync.CreatedJobCount, heyGen.CreatedJobCount).Should().Be((0, 1));

        // The container disposes each chain it built once.
        await provider.DisposeAsync();
        disposed.Should().Be(2);
    }

    [Fact]
    public void AddLipSyncClient_returns_one_builder_per_collection()
    {
        var services = new ServiceCollection();
        var first = services.AddLipSyncClient(o => o.DefaultProvider = "sync");
        var second = services.AddLipSyncClient(o => o.Retry.MaxRetries = 1);

        second.Should().BeSameAs(first);
        first.Services.Should().BeSameAs(services);
        var standalone = new LipSyncClientBuilder(_ => throw new InvalidOperationException("never built"));
        standalone.Invoking(b => b.Services).Should().Throw<InvalidOperationException>();
    }

    private sealed class DisposeProbe(ILipSyncClient inner, Action onDispose) : DelegatingLipSyncClient(inner)
    {
        protected override void Dispose(bool disposing)
        {
            onDispose();
            base.Dispose(disposing);
        }
    }

}
