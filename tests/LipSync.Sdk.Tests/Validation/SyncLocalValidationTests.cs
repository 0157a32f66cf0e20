using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk.Tests.Validation;

/// <summary>
/// Sync's documented limits are checked before any request: each rule throws the kind and code Sync would have
/// answered (the same as <see cref="LipSyncErrors.FromResponse"/> gives for that body), and the emulator sees nothing.
/// </summary>
public sealed class SyncLocalValidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lipsync-validation-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Text_over_5000_characters_is_generation_text_length_exceeded_and_nothing_is_sent()
    {
        await using var h = await SyncHarness.StartAsync();

        var act = () => h.Native.CreateGenerationAsync(TextRequest(new string('a', 5001)));

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        ShouldMatchProvider(error, "generation_text_length_exceeded");
        error.FieldErrors.Single().Field.Should().Be("input[1].provider.script");
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Text_of_exactly_5000_characters_is_sent()
    {
        await using var h = await SyncHarness.StartAsync();

        await h.Native.CreateGenerationAsync(TextRequest(new string('a', 5000)));

        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Theory]
    [InlineData("local")]
    [InlineData("url")]
    public async Task Audio_known_to_last_over_300_s_is_generation_audio_length_exceeded_and_nothing_is_sent(string kind)
    {
        await using var h = await SyncHarness.StartAsync();
        var audio = kind == "local"
            ? (MediaSource)MediaSource.FromFile(WriteFile("speech.wav")).WithDuration(TimeSpan.FromSeconds(300.5))
            : MediaSource.FromUrl("https://assets.example.com/speech.wav").WithDuration(TimeSpan.FromSeconds(300.5));

        var act = () => h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromFile(WriteFile("speaker.mp4")), Audio = audio });

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        ShouldMatchProvider(error, "generation_audio_length_exceeded");
        error.Kind.Should().Be(LipSyncErrorKind.InvalidMedia);
        h.Emulator.Requests.Should().BeEmpty("not even the uploads of the local files start");
    }

    [Fact]
    public async Task Audio_of_exactly_300_s_or_of_unknown_length_is_sent()
    {
        await using var h = await SyncHarness.StartAsync();

        await h.Client.SubmitAsync(new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://assets.example.com/v.mp4"),
            Audio = MediaSource.FromUrl("https://assets.example.com/a.wav").WithDuration(TimeSpan.FromSeconds(300)),
        });
        await h.Client.SubmitAsync(SyncHarness.Request());

        h.Emulator.CreatedJobCount.Should().Be(2);
    }

    [Theory]
    [InlineData("my output")]
    [InlineData("clip.mp4")]
    [InlineData("")]
    [InlineData("ünïcode")]
    [InlineData(null, 256)]
    public async Task An_invalid_output_file_name_is_refused_and_nothing_is_sent(string? name, int repeat = 0)
    {
        await using var h = await SyncHarness.StartAsync();
        var request = TextRequest("hello");
        request.OutputFileName = name ?? new string('x', repeat);

        var act = () => h.Native.CreateGenerationAsync(request);

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        ShouldMatchProvider(error, "generation_input_validation_failed");
        error.FieldErrors.Single().Field.Should().Be("outputFileName");
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_valid_output_file_name_of_255_characters_is_sent()
    {
        await using var h = await SyncHarness.StartAsync();
        var request = TextRequest("hello");
        request.OutputFileName = "my_custom-output" + new string('x', 239);

        await h.Native.CreateGenerationAsync(request);

        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    // Same kind, code and retryability as Sync's own answer for the code.
    private static void ShouldMatchProvider(LipSyncValidationException error, string code)
    {
        var remote = LipSyncErrors.FromResponse("sync", 400, $$"""{"statusCode":400,"errorCode":"{{code}}","message":"x"}""");
        error.ErrorCode.Should().Be(code);
        error.Kind.Should().Be(remote.Kind);
        error.IsRetryable.Should().Be(remote.IsRetryable).And.BeFalse();
        error.Provider.Should().Be("sync");
        error.StatusCode.Should().BeNull("no response was received");
        error.Message.Should().Contain("nothing was sent");
    }

    private static CreateGenerationRequest TextRequest(string script) => new()
    {
        Model = SyncModels.Lipsync2,
        Input =
        [
            GenerationInput.Video(new Uri("https://assets.example.com/speaker.mp4")),
            GenerationInput.Text(TtsProvider.ElevenLabs("voice-1", script)),
        ],
    };

    private string WriteFile(string name)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, new byte[128]);
        return path;
    }
}
