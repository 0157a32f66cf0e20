using LipSync.Sdk.Providers.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LipSync.Sdk.Tests.DependencyInjection;

[Collection(EnvironmentCollection.Name)]
public sealed class AddLipSyncClientTests
{
    [Fact]
    public void Configuration_section_binds_and_resolves_every_client()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LipSync:DefaultProvider"] = "Sync",
            ["LipSync:Retry:MaxRetries"] = "5",
            ["LipSync:AttemptTimeout"] = "00:00:30",
            ["LipSync:Providers:sync:ApiKey"] = "sk-config-123456",
            ["LipSync:Providers:sync:BaseAddress"] = "http://127.0.0.1:9/",
        }).Build();

        using var provider = new ServiceCollection().AddLipSyncClient(configuration).Services.BuildServiceProvider(validateScopes: true);

        var options = provider.GetRequiredService<IOptions<LipSyncOptions>>().Value;
        options.Retry.MaxRetries.Should().Be(5);
        options.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(30));
        options.Providers["SYNC"].BaseAddress.Should().Be(new Uri("http://127.0.0.1:9/"));

        provider.GetRequiredService<ILipSyncClient>().Provider.Should().Be("sync");
        provider.GetRequiredKeyedService<ILipSyncClient>("sync").Should().BeSameAs(provider.GetRequiredService<ILipSyncClient>());
        provider.GetRequiredService<ISyncClient>().Should().BeOfType<SyncClient>();
        provider.GetRequiredService<ILipSyncClient>().GetService(typeof(ISyncClient)).Should().BeSameAs(provider.GetRequiredService<ISyncClient>());
    }

    [Fact]
    public void Section_itself_can_be_passed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LipSync:Providers:sync:ApiKey"] = "sk-config-123456",
        }).Build();

        using var provider = new ServiceCollection().AddLipSyncClient(configuration.GetSection("LipSync")).Services.BuildServiceProvider();
        provider.GetRequiredService<ILipSyncClient>().Provider.Should().Be("sync");
    }

    [Fact]
    public void Missing_key_fails_at_start_naming_provider_and_environment_variable()
    {
        using var environment = new EnvironmentVariableScope("SYNC_API_KEY", null);
        var services = new ServiceCollection().AddLipSyncClient(o => o.DefaultProvider = "sync").Services;
        using var provider = services.BuildServiceProvider();

        var start = () => provider.GetRequiredService<IOptions<LipSyncOptions>>().Value;
        start.Should().Throw<OptionsValidationException>()
            .WithMessage("*sync*SYNC_API_KEY*");
    }

    [Fact]
    public void Validation_runs_on_host_start()
    {
        using var environment = new EnvironmentVariableScope("SYNC_API_KEY", null);
        var services = new ServiceCollection().AddLipSyncClient(o => o.AddProvider("sync")).Services;
        using var provider = services.BuildServiceProvider();

        // What a host calls at start-up for ValidateOnStart.
        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();
        start.Should().Throw<OptionsValidationException>().WithMessage("*SYNC_API_KEY*");
    }

    [Fact]
    public void Key_comes_from_the_environment_when_not_configured()
    {
        using var environment = new EnvironmentVariableScope("SYNC_API_KEY", "sk-env-123456");
        using var provider = new ServiceCollection().AddLipSyncClient(o => o.DefaultProvider = "sync").Services.BuildServiceProvider();
        provider.GetRequiredService<ILipSyncClient>().Provider.Should().Be("sync");
    }

    [Fact]
    public void Unknown_provider_is_reported()
    {
        using var provider = new ServiceCollection()
            .AddLipSyncClient(o => o.AddProvider("acme", p => p.ApiKey = "sk-123456")).Services.BuildServiceProvider();
        var start = () => provider.GetRequiredService<IOptions<LipSyncOptions>>().Value;
        start.Should().Throw<OptionsValidationException>().WithMessage("*Unknown LipSync provider 'acme'*");
    }

    [Fact]
    public void Nothing_configured_is_reported()
    {
        using var provider = new ServiceCollection().AddLipSyncClient(_ => { }).Services.BuildServiceProvider();
        var start = () => provider.GetRequiredService<IOptions<LipSyncOptions>>().Value;
        start.Should().Throw<OptionsValidationException>().WithMessage("*No LipSync provider is configured*");
    }

    [Fact]
    public void Options_never_print_the_key()
    {
        var options = new LipSyncProviderOptions { ApiKey = "sk-secret-value-999" };
        options.ToString().Should().NotContain("sk-secret-value-999");
    }
}
