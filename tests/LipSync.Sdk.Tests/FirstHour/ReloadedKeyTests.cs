using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk.Tests.FirstHour;

/// <summary>
/// Issue 11 #3, after start-up: a key that changes later (options mutated, configuration reloaded) is checked like the
/// first one. A control character used to go into the header raw or fail inside HttpClient as a retryable network
/// error, four attempts deep; now the call fails at once, typed, naming the provider, with nothing sent.
/// </summary>
public sealed class ReloadedKeyTests
{
    private const string GoodKey = "sk-reload-good-4242424242";
    private const string BadKey = "sk-reload-\u0007bad-4242";

    [Fact]
    public async Task A_stand_alone_key_changed_to_a_control_character_fails_typed_before_anything_is_sent()
    {
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = GoodKey });
        var options = new LipSyncOptions { DefaultProvider = "sync" };
        options.AddProvider("sync", p =>
        {
            p.ApiKey = GoodKey;
            p.BaseAddress = emulator.BaseAddress;
        });
        using var factory = new LipSyncClientFactory(options);
        var client = factory.GetNativeClient<ISyncClient>("sync");
        (await client.ListModelsAsync()).Should().NotBeEmpty();
        var sent = emulator.Requests.Count;

        options.Providers["sync"].ApiKey = BadKey;
        var failure = (await client.Invoking(c => c.ListModelsAsync()).Should().ThrowAsync<LipSyncAuthenticationException>()).Which;

        failure.IsRetryable.Should().BeFalse();
        failure.Provider.Should().Be("sync");
        failure.Message.Should().Contain("control or non-ASCII").And.NotContain(BadKey);
        emulator.Requests.Should().HaveCount(sent, "nothing was sent with the bad key");
    }

    [Fact]
    public async Task A_configuration_reload_with_a_bad_key_fails_typed_and_a_fixed_reload_recovers()
    {
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = GoodKey });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LipSync:DefaultProvider"] = "sync",
            ["LipSync:Providers:sync:ApiKey"] = GoodKey,
            ["LipSync:Providers:sync:BaseAddress"] = emulator.BaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLipSyncClient(configuration);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ISyncClient>();
        (await client.ListModelsAsync()).Should().NotBeEmpty();
        var sent = emulator.Requests.Count;

        configuration["LipSync:Providers:sync:ApiKey"] = BadKey;

        // The options monitor validates on reload and throws to whoever triggered it (.NET's behaviour, not the SDK's).
        configuration.Invoking(c => c.Reload()).Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>();
        var failure = (await client.Invoking(c => c.ListModelsAsync()).Should().ThrowAsync<LipSyncAuthenticationException>()).Which;

        failure.IsRetryable.Should().BeFalse();
        failure.Message.Should().Contain("sync").And.Contain("nothing was sent").And.NotContain(BadKey);
        failure.ToString().Should().NotContain(BadKey);
        emulator.Requests.Should().HaveCount(sent);

        configuration["LipSync:Providers:sync:ApiKey"] = "  " + GoodKey + "\n";
        configuration.Reload();
        (await client.ListModelsAsync()).Should().NotBeEmpty("a fixed key applies on the next call, trimmed");
        emulator.Requests.Last().Header("x-api-key").Should().Be(GoodKey);
    }
}
