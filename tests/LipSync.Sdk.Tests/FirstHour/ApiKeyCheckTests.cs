using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LipSync.Sdk.Tests.FirstHour;

/// <summary>
/// Issue 11 defect 3: a key pasted with a trailing newline went raw into the header (the server answered "request body
/// must be valid JSON"), and a non-ASCII key became a retryable network error after four attempts. Now surrounding
/// whitespace is trimmed and control or non-ASCII characters are refused before anything is sent, naming the provider
/// and never the key.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ApiKeyCheckTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("  \t")]
    public async Task A_key_with_surrounding_whitespace_is_sent_trimmed(string padding)
    {
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = SyncHarness.ApiKey });
        using var factory = Factory("sync", padding + SyncHarness.ApiKey + padding, emulator.BaseAddress);

        var job = await factory.GetClient("sync").SubmitAsync(SyncHarness.Request());

        job.Id.Should().NotBeNullOrEmpty();
        emulator.Requests.Should().ContainSingle().Which.Header("x-api-key").Should().Be(SyncHarness.ApiKey);
    }

    [Theory]
    [InlineData("sk-tést-0123456789")]
    [InlineData("sk-test\n0123456789")]
    [InlineData("sk-test\u00000123456789")]
    [InlineData("sk-test\u200b0123456789")]
    public async Task A_key_with_a_control_or_non_ascii_character_fails_stand_alone_construction_and_sends_nothing(string key)
    {
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = SyncHarness.ApiKey });

        var factory = () => Factory("sync", key, emulator.BaseAddress);
        var native = () => new SyncClient(new LipSyncProviderOptions { ApiKey = key, BaseAddress = emulator.BaseAddress });

        foreach (var create in new Func<object>[] { factory, native })
        {
            var error = create.Should().Throw<ArgumentException>().Which;
            error.Message.Should().Contain("sync provider").And.Contain("control or non-ASCII").And.NotContain(key);
        }

        emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_native_client_refuses_such_a_key_before_sending()
    {
        await using var emulator = await HeyGenEmulator.StartAsync(new HeyGenEmulatorOptions { ApiKey = "hg-key" });
        const string key = "hg-k\u00e9y";

        var create = () => new HeyGenClient(new LipSyncProviderOptions { ApiKey = key, BaseAddress = emulator.BaseAddress });

        create.Should().Throw<ArgumentException>().WithMessage("*heygen provider*").Which.Message.Should().NotContain(key);
        emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public void A_bad_key_from_configuration_fails_at_start_up_naming_the_setting()
    {
        using var environment = new EnvironmentVariableScope("SYNC_API_KEY", null);
        using var provider = new ServiceCollection()
            .AddLipSyncClient(o => o.AddProvider("sync", p => p.ApiKey = "sk-\u00fc-123456"))
            .Services.BuildServiceProvider();

        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>()
            .WithMessage("*sync provider (from LipSync:Providers:sync:ApiKey) contains a control or non-ASCII character*")
            .Which.Message.Should().NotContain("sk-\u00fc-123456");
    }

    [Fact]
    public void A_bad_key_from_the_environment_names_the_variable()
    {
        using var environment = new EnvironmentVariableScope("HEYGEN_API_KEY", "hg-key\u0007-123");
        using var provider = new ServiceCollection().AddLipSyncClient(o => o.AddProvider("heygen")).Services.BuildServiceProvider();

        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage("*heygen provider (from the HEYGEN_API_KEY environment variable)*");
    }

    [Fact]
    public async Task A_trailing_newline_in_the_environment_variable_is_trimmed_through_dependency_injection()
    {
        await using var emulator = await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = SyncHarness.ApiKey });
        using var environment = new EnvironmentVariableScope("SYNC_API_KEY", SyncHarness.ApiKey + "\n");
        await using var provider = new ServiceCollection()
            .AddLipSyncClient(o => o.AddProvider("sync", p => p.BaseAddress = emulator.BaseAddress))
            .Services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        await provider.GetRequiredService<ILipSyncClient>().SubmitAsync(SyncHarness.Request());

        emulator.Requests.Should().ContainSingle().Which.Header("x-api-key").Should().Be(SyncHarness.ApiKey);
    }

    private static LipSyncClientFactory Factory(string provider, string key, Uri baseAddress) =>
        ProviderHarness.NewFactory(provider, key, baseAddress, TimeProvider.System, configure: null);
}
