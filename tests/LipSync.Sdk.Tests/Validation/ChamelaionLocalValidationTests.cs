using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Tests.Chamelaion;

namespace LipSync.Sdk.Tests.Validation;

/// <summary>
/// Chamelaion's documented 400 rules are checked before any request: each throws the kind and code Chamelaion's own
/// <c>{"error": "message"}</c> would have produced (the same as <see cref="LipSyncErrors.FromResponse"/>), and the
/// emulator sees nothing — not even the reference-id lookup that precedes a create with a caller-chosen reference.
/// </summary>
public sealed class ChamelaionLocalValidationTests
{
    private static readonly MediaInput Video = MediaInput.Video(new Uri("https://cdn.example.com/v.mp4"));
    private static readonly MediaInput Audio = MediaInput.Audio(new Uri("https://cdn.example.com/a.wav"));

    public static TheoryData<string, MediaInput[], string> BrokenInputs => new()
    {
        { "no inputs", [], "expected exactly one video input" },
        { "two videos", [Video, Video, Audio], "expected exactly one video input" },
        { "audio only", [Audio], "expected exactly one video input" },
        { "no audio", [Video], "expected exactly one audio input" },
        { "two audios", [Audio, Video, Audio], "expected exactly one audio input" },
        { "image type", [Video, new MediaInput { Type = "image", Url = "https://cdn.example.com/i.png" }], "input type must be \"video\" or \"audio\"" },
        { "no url", [Video, new MediaInput { Type = "audio", Url = "" }], "invalid request body" },
    };

    [Theory]
    [MemberData(nameof(BrokenInputs))]
    public async Task Inputs_other_than_one_video_and_one_audio_are_refused_and_nothing_is_sent(string scenario, MediaInput[] inputs, string documentedMessage)
    {
        await using var h = await ChamelaionHarness.StartAsync();

        var act = () => h.Native.GenerateAsync(new GenerateRequest { Inputs = inputs, ReferenceId = "caller-ref-1" });

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>(scenario)).Which;
        ShouldMatchProvider(error, documentedMessage);
        h.Emulator.Requests.Should().BeEmpty("neither the lookup of the caller's reference nor the create is sent");
        h.Emulator.CreatedJobCount.Should().Be(0);
    }

    [Fact]
    public async Task One_video_and_one_audio_in_any_order_are_sent()
    {
        await using var h = await ChamelaionHarness.StartAsync();

        await h.Native.GenerateAsync(new GenerateRequest { Inputs = [Audio, Video] });

        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task A_model_other_than_lipsync_2_is_refused_before_any_upload()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var upload = new GenerateWithMediaRequest
        {
            Video = MediaSource.FromStream(new MemoryStream(new byte[4096]), "v.mp4"),
            Audio = MediaSource.FromStream(new MemoryStream(new byte[1024]), "a.wav"),
            Model = "lipsync-3",
        };

        var native = () => h.Native.GenerateWithMediaAsync(upload);
        var neutral = () => h.Client.SubmitAsync(new LipSyncRequest { Video = upload.Video, Audio = upload.Audio, Model = "lipsync-3" });

        ShouldMatchProvider((await native.Should().ThrowAsync<LipSyncValidationException>()).Which, "model must be \"lipsync-2\"");
        ShouldMatchProvider((await neutral.Should().ThrowAsync<LipSyncValidationException>()).Which, "model must be \"lipsync-2\"");
        h.Emulator.Requests.Should().BeEmpty("no upload started");
    }

    [Fact]
    public async Task The_neutral_url_request_with_another_model_is_refused_with_the_same_code()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var urls = ChamelaionHarness.UrlRequest();

        var act = () => h.Client.SubmitAsync(new LipSyncRequest { Video = urls.Video, Audio = urls.Audio, Model = "fast" });

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        ShouldMatchProvider(error, "model must be \"lipsync-2\"");
        error.FieldErrors.Single().Field.Should().Be("model");
        h.Emulator.Requests.Should().BeEmpty();
    }

    // Same kind, code and retryability as Chamelaion's own 400 with that message.
    private static void ShouldMatchProvider(LipSyncValidationException error, string documentedMessage)
    {
        var remote = LipSyncErrors.FromResponse("chamelaion", 400, $$"""{"error":"{{documentedMessage.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}""");
        error.ErrorCode.Should().Be(remote.ErrorCode).And.Be(ChamelaionErrorCatalog.CodeFor(documentedMessage));
        error.Kind.Should().Be(remote.Kind);
        error.IsRetryable.Should().Be(remote.IsRetryable).And.BeFalse();
        error.Provider.Should().Be("chamelaion");
        error.StatusCode.Should().BeNull("no response was received");
        error.Message.Should().Contain("nothing was sent");
        error.FieldErrors.Should().ContainSingle();
    }
}
