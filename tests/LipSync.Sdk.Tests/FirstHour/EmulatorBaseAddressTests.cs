using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.FirstHour;

/// <summary>
/// Issue 11 #6: one base-address rule for every emulator (<c>ApiBaseAddress</c>), and an emulator pointed at its root by
/// mistake answers a 404 whose message names the address to use instead of a bare "not found".
/// </summary>
public sealed class EmulatorBaseAddressTests
{
    [Fact]
    public async Task Chamelaion_pointed_at_the_server_root_names_the_api_base_address_in_its_404()
    {
        await using var emulator = await ChamelaionEmulator.StartAsync();
        using var wrong = ProviderHarness.NewFactory("chamelaion", emulator.ApiKey!, emulator.BaseAddress, ProviderHarness.NewClock(), o => o.Retry.MaxRetries = 0);

        var error = await FluentActions.Awaiting(() => wrong.GetDefaultClient().GetJobAsync("job-1"))
            .Should().ThrowAsync<LipSyncException>();

        error.Which.StatusCode.Should().Be(404);
        error.Which.Message.Should().Contain(emulator.ApiBaseAddress.ToString()).And.Contain("/api/");
    }

    [Fact]
    public async Task Chamelaion_pointed_at_the_api_base_address_runs_a_job()
    {
        await using var emulator = await ChamelaionEmulator.StartAsync();
        using var right = ProviderHarness.NewFactory("chamelaion", emulator.ApiKey!, emulator.ApiBaseAddress, ProviderHarness.NewClock(), configure: null);

        var job = await right.GetDefaultClient().SubmitAsync(Chamelaion.ChamelaionHarness.UrlRequest());

        job.Id.Should().NotBeNullOrEmpty();
        emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task AudioSpliter_pointed_at_the_server_root_names_the_api_base_address_in_its_404()
    {
        await using var emulator = await AudioSpliterEmulator.StartAsync();
        using var wrong = ProviderHarness.NewFactory(AudioSpliterErrorCatalog.ProviderName, emulator.ApiKey!, emulator.BaseAddress, ProviderHarness.NewClock(), o => o.Retry.MaxRetries = 0);

        var error = await FluentActions.Awaiting(() => wrong.GetDefaultClient().GetJobAsync("job-1"))
            .Should().ThrowAsync<LipSyncException>();

        error.Which.StatusCode.Should().Be(404);
        error.Which.Message.Should().Contain(emulator.ApiBaseAddress.ToString()).And.Contain("/api/v1/");
    }

    [Fact]
    public async Task Emulators_at_the_root_have_the_same_api_base_address_as_their_root()
    {
        await using var sync = await SyncEmulator.StartAsync();
        await using var heygen = await HeyGenEmulator.StartAsync();
        await using var breeze = await BreezeEmulator.StartAsync();

        sync.ApiBaseAddress.Should().Be(sync.BaseAddress);
        heygen.ApiBaseAddress.Should().Be(heygen.BaseAddress);
        breeze.ApiBaseAddress.Should().Be(breeze.BaseAddress);
    }

    [Fact]
    public async Task A_path_inside_the_api_keeps_the_providers_own_not_found_message()
    {
        await using var emulator = await ChamelaionEmulator.StartAsync();
        using var http = emulator.CreateClient();

        using var response = await http.GetAsync(new Uri(emulator.ApiBaseAddress + "/v1/no-such-route"));
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().Be(404);
        body.Should().Contain("not found").And.NotContain("BaseAddress");
    }
}
