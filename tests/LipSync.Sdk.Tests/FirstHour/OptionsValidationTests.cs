using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LipSync.Sdk.Tests.FirstHour;

/// <summary>
/// Issue 11 defect 10: negative timeouts silently disabled them, <c>"TotalTimeout": 300</c> bound as 300 days, an
/// attempt timeout above the total was accepted, and two providers without a default passed start-up only to fail
/// at resolution. Each is now a start-up failure that says what to write instead.
/// </summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "LipSync:AttemptTimeout", "-00:00:05", "*LipSync:AttemptTimeout must be positive*InfiniteTimeSpan*" },
        { "LipSync:TotalTimeout", "00:00:00", "*LipSync:TotalTimeout must be positive*" },
        { "LipSync:TotalTimeout", "300", "*LipSync:TotalTimeout is 300.00:00:00*a bare number is days*00:05:00*" },
        { "LipSync:AttemptTimeout", "00:10:00", "*LipSync:AttemptTimeout (00:10:00) is longer than LipSync:TotalTimeout (00:05:00)*" },
        { "LipSync:Providers:sync:TotalTimeout", "-00:00:01", "*LipSync:Providers:sync:TotalTimeout must be positive*" },
        { "LipSync:Providers:sync:AttemptTimeout", "00:06:00", "*LipSync:Providers:sync:AttemptTimeout (00:06:00) is longer than LipSync:Providers:sync:TotalTimeout (00:05:00)*" },

        // Named as the configuration key a user would edit (colons all the way), not "LipSync:Retry.MaxRetries".
        { "LipSync:Retry:MaxRetries", "25", "*LipSync:Retry:MaxRetries must be between 0 and 20 (was 25)*" },
        { "LipSync:Retry:MaxRetryAfter", "-00:00:01", "*LipSync:Retry:MaxRetryAfter must be non-negative*" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void An_implausible_timeout_fails_at_start_up(string key, string value, string message)
    {
        using var provider = Provider(new() { [key] = value });

        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage(message);
    }

    [Theory]
    [InlineData("-00:00:00.0010000")]
    [InlineData("00:00:30")]
    [InlineData("1.00:00:00")]
    public void Infinite_and_plausible_timeouts_start(string value)
    {
        using var provider = Provider(new() { ["LipSync:AttemptTimeout"] = value, ["LipSync:TotalTimeout"] = "1.00:00:00" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        provider.GetRequiredService<ILipSyncClient>().Provider.Should().Be("sync");
    }

    [Fact]
    public void A_short_total_alone_starts_and_the_default_attempt_timeout_fits_inside_it()
    {
        using var provider = Provider(new() { ["LipSync:TotalTimeout"] = "00:00:05", ["LipSync:Providers:sync:TotalTimeout"] = "00:00:30" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        provider.GetRequiredService<IOptions<LipSyncOptions>>().Value.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Two_providers_without_a_default_fail_at_start_up_naming_both()
    {
        using var provider = Provider(new() { ["LipSync:Providers:heygen:ApiKey"] = "hg-123456" });

        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>()
            .WithMessage("*2 LipSync providers are configured (heygen, sync) and LipSync:DefaultProvider is not set*");
    }

    [Fact]
    public void Two_providers_with_a_default_start()
    {
        using var provider = Provider(new() { ["LipSync:Providers:heygen:ApiKey"] = "hg-123456", ["LipSync:DefaultProvider"] = "heygen" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        provider.GetRequiredService<ILipSyncClient>().Provider.Should().Be("heygen");
        provider.GetRequiredKeyedService<ILipSyncClient>("sync").Provider.Should().Be("sync");
    }

    [Fact]
    public void The_stand_alone_factory_applies_the_same_rules()
    {
        var options = new LipSyncOptions { AttemptTimeout = TimeSpan.FromSeconds(-1) };
        options.AddProvider("sync", p => p.ApiKey = "sk-123456");

        var create = () => new LipSyncClientFactory(options);

        create.Should().Throw<ArgumentException>().WithMessage("*LipSync:AttemptTimeout must be positive*");
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        settings.TryAdd("LipSync:Providers:sync:ApiKey", "sk-config-123456");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLipSyncClient(configuration).Services.BuildServiceProvider();
    }
}
