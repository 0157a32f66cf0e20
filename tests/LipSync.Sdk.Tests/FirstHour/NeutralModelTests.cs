using System.Net.Http.Json;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.FirstHour;

/// <summary>
/// Issue 11 defect 8: the neutral <see cref="LipSyncRequest.Model"/> was not checked for HeyGen (<c>"lipsync-2"</c>
/// went out as <c>mode</c>) or Sync (<c>"nonexistent"</c> was accepted by the emulator), so tests passed against
/// emulators that the real APIs would fail. Now both are refused locally with the provider's own code, and both
/// emulators refuse them on the wire as the real APIs do.
/// </summary>
public sealed class NeutralModelTests
{
    [Theory]
    [InlineData("nonexistent")]
    [InlineData("Lipsync-2")]
    [InlineData("lipsync-3")]
    public async Task Sync_refuses_an_unknown_model_locally_with_its_own_code(string model)
    {
        await using var h = await SyncHarness.StartAsync();

        var act = () => h.Client.SubmitAsync(WithModel(SyncHarness.Request(), model));

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.ErrorCode.Should().Be("generation_unsupported_model");
        error.Kind.Should().Be(LipSyncErrorKind.InvalidRequest);
        error.IsRetryable.Should().BeFalse();
        error.FieldErrors.Should().ContainSingle().Which.Field.Should().Be("model");
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(SyncModels.Lipsync2)]
    [InlineData(SyncModels.Lipsync2Pro)]
    [InlineData(SyncModels.Sync3)]
    [InlineData(null)]
    public async Task Sync_sends_a_known_model(string? model)
    {
        await using var h = await SyncHarness.StartAsync();

        await h.Client.SubmitAsync(WithModel(SyncHarness.Request(), model));

        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task The_Sync_emulator_refuses_an_unknown_model_as_the_real_API_does()
    {
        await using var h = await SyncHarness.StartAsync();
        var request = new CreateGenerationRequest
        {
            Model = "nonexistent",
            Input = [GenerationInput.Video(new Uri("https://assets.example.com/v.mp4")), GenerationInput.Audio(new Uri("https://assets.example.com/a.wav"))],
        };

        // The native client sends any model name (new models appear); Sync decides.
        var act = () => h.Native.CreateGenerationAsync(request);

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.StatusCode.Should().Be(400);
        error.ErrorCode.Should().Be("generation_unsupported_model");
        h.Emulator.RequestsTo("POST", "/v2/generate").Should().ContainSingle();
        h.Emulator.CreatedJobCount.Should().Be(0);
    }

    [Theory]
    [InlineData("lipsync-2")]
    [InlineData("quality")]
    public async Task HeyGen_refuses_a_model_that_is_not_a_mode_locally(string model)
    {
        await using var h = await HeyGenHarness.StartAsync();

        var act = () => h.Client.SubmitAsync(WithModel(HeyGenHarness.Request(), model));

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.ErrorCode.Should().Be("invalid_parameter");
        error.FieldErrors.Should().ContainSingle().Which.Field.Should().Be("mode");
        error.Message.Should().Contain("speed").And.Contain("precision");
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(LipsyncModes.Speed)]
    [InlineData(LipsyncModes.Precision)]
    public async Task HeyGen_sends_a_mode_as_mode(string mode)
    {
        await using var h = await HeyGenHarness.StartAsync();

        await h.Client.SubmitAsync(WithModel(HeyGenHarness.Request(), mode));

        h.Emulator.RequestsTo("POST", "/v3/lipsyncs").Should().ContainSingle().Which.BodyJson()!["mode"]!.GetValue<string>().Should().Be(mode);
    }

    [Fact]
    public async Task The_HeyGen_emulator_refuses_an_unknown_mode_on_the_wire()
    {
        await using var h = await HeyGenHarness.StartAsync();
        using var http = h.Emulator.CreateClient();

        using var response = await http.PostAsJsonAsync("v3/lipsyncs", new
        {
            video = new { type = "url", url = "https://example.com/v.mp4" },
            audio = new { type = "url", url = "https://example.com/a.wav" },
            mode = "lipsync-2",
        });

        ((int)response.StatusCode).Should().Be(400);
        var error = LipSyncErrors.FromResponse("heygen", (int)response.StatusCode, await response.Content.ReadAsStringAsync());
        error.ErrorCode.Should().Be("invalid_parameter");
        h.Emulator.CreatedJobCount.Should().Be(0);
    }

    private static LipSyncRequest WithModel(LipSyncRequest request, string? model) => new()
    {
        Video = request.Video,
        Audio = request.Audio,
        Model = model,
        IdempotencyKey = request.IdempotencyKey,
    };
}
