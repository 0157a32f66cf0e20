using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.Validation;

/// <summary>
/// HeyGen's documented limits are checked before any request: each throws the kind and code HeyGen's own answer would
/// have produced (the same as <see cref="LipSyncErrors.FromResponse"/> gives for that body), and the emulator sees
/// nothing — no upload, no create.
/// </summary>
public sealed class HeyGenLocalValidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lipsync-heygen-validation-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Script_over_5000_characters_is_invalid_parameter_and_nothing_is_sent()
    {
        await using var h = await HeyGenHarness.StartAsync();

        var act = () => h.Native.CreateVideoAsync(AvatarVideo(new string('a', 5001)));

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        ShouldMatchV3(error, "invalid_parameter", "script");
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Script_of_exactly_5000_characters_is_sent()
    {
        await using var h = await HeyGenHarness.StartAsync();

        await h.Native.CreateVideoAsync(AvatarVideo(new string('a', 5000)));

        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    public static TheoryData<string, CreateVideoRequest, string> BrokenVideos => new()
    {
        { "avatar without avatar_id", new CreateVideoRequest { Script = "Hi", VoiceId = "v" }, "avatar_id" },
        { "image without image", new CreateVideoRequest { Type = CreateVideoRequest.ImageType, Script = "Hi", VoiceId = "v" }, "image" },
        { "script and audio", new CreateVideoRequest { AvatarId = "look-1", Script = "Hi", AudioUrl = "https://x.example/a.wav" }, "script" },
    };

    [Theory]
    [MemberData(nameof(BrokenVideos))]
    public async Task Video_rules_the_emulator_enforces_are_checked_first(string scenario, CreateVideoRequest request, string field)
    {
        await using var h = await HeyGenHarness.StartAsync();

        var act = () => h.Native.CreateVideoAsync(request);

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>(scenario)).Which;
        ShouldMatchV3(error, "invalid_parameter", field);
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, "video")]
    [InlineData("ftp://x.example/v.mp4", "video.url")]
    [InlineData("asset:", "video.asset_id")]
    public async Task A_missing_or_unusable_lipsync_input_is_refused_before_sending(string? video, string field)
    {
        await using var h = await HeyGenHarness.StartAsync();
        var request = HeyGenHarness.NativeRequest();
        request.Video = video switch
        {
            null => null,
            "asset:" => new HeyGenMediaInput { Type = HeyGenMediaInput.AssetIdType },
            _ => new HeyGenMediaInput { Url = video },
        };

        var act = () => h.Native.CreateLipsyncAsync(request);

        ShouldMatchV3((await act.Should().ThrowAsync<LipSyncValidationException>()).Which, "invalid_parameter", field);
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(126, 720, "Video width or height must be smaller than 4096 and larger than 128")]
    [InlineData(1280, 4098, "Video width or height must be smaller than 4096 and larger than 128")]
    [InlineData(1281, 720, "Video width and height must be even number")]
    [InlineData(1280, 719, "Video width and height must be even number")]
    public void Dimension_out_of_range_or_odd_has_the_documented_meaning(int width, int height, string documentedMessage)
    {
        var act = () => HeyGenRequestRules.ValidateDimension(width, height);

        var error = act.Should().Throw<LipSyncValidationException>().Which;
        var remote = LipSyncErrors.FromResponse("heygen", 400, $$"""{"error":null,"message":"{{documentedMessage}}"}""");
        error.ErrorCode.Should().Be(remote.ErrorCode);
        error.Kind.Should().Be(remote.Kind).And.Be(LipSyncErrorKind.InvalidRequest);
        error.IsRetryable.Should().Be(remote.IsRetryable).And.BeFalse();
        error.FieldErrors.Single().Field.Should().Be("dimension");
    }

    [Theory]
    [InlineData(128, 128)]
    [InlineData(1920, 1080)]
    [InlineData(4096, 4096)]
    public void Even_dimensions_within_128_to_4096_pass(int width, int height) =>
        FluentActions.Invoking(() => HeyGenRequestRules.ValidateDimension(width, height)).Should().NotThrow();

    [Theory]
    [InlineData("local")]
    [InlineData("url")]
    public async Task Audio_known_to_last_over_10_minutes_is_refused_before_any_upload(string kind)
    {
        await using var h = await HeyGenHarness.StartAsync();
        var audio = kind == "local"
            ? (MediaSource)MediaSource.FromFile(WriteFile("speech.wav", 128)).WithDuration(TimeSpan.FromMinutes(10.01))
            : MediaSource.FromUrl("https://assets.example.com/speech.wav").WithDuration(TimeSpan.FromMinutes(10.01));

        var act = () => h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromFile(WriteFile("face.mp4", 128)), Audio = audio });

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        ShouldMatchV3(error, "AUDIO_DURATION_TOO_LONG", "audio");
        error.Kind.Should().Be(LipSyncErrorKind.InvalidMedia);
        h.Emulator.Requests.Should().BeEmpty("not even the upload of the local video starts");
        h.Emulator.UploadedAssetCount.Should().Be(0);
    }

    [Fact]
    public async Task Audio_of_exactly_10_minutes_is_sent()
    {
        await using var h = await HeyGenHarness.StartAsync();

        await h.Client.SubmitAsync(new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://assets.example.com/v.mp4"),
            Audio = MediaSource.FromUrl("https://assets.example.com/a.wav").WithDuration(TimeSpan.FromMinutes(10)),
        });

        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task Local_audio_over_50_MB_is_payload_too_large_before_any_upload()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var audio = MediaSource.FromStream(new LengthOnlyStream(HeyGenRequestRules.MaxAudioBytes + 1), "speech.wav");

        var act = () => h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromStream(new MemoryStream(new byte[64]), "face.mp4"), Audio = audio });

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        ShouldMatchV3(error, "payload_too_large", "audio");
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Local_video_over_100_MB_is_payload_too_large_before_any_upload()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var video = MediaSource.FromStream(new LengthOnlyStream(HeyGenRequestRules.MaxVideoBytes + 1), "face.mp4");

        var act = () => h.Client.SubmitAsync(new LipSyncRequest { Video = video, Audio = MediaSource.FromUrl("https://assets.example.com/a.wav") });

        ShouldMatchV3((await act.Should().ThrowAsync<LipSyncValidationException>()).Which, "payload_too_large", "video");
        h.Emulator.Requests.Should().BeEmpty();
    }

    // Same kind, code and retryability as HeyGen's v3 answer {"error":{"code","message","param"}} with that code.
    private static void ShouldMatchV3(LipSyncValidationException error, string code, string field)
    {
        var remote = LipSyncErrors.FromResponse("heygen", 400, $$$"""{"error":{"code":"{{{code}}}","message":"x","param":"{{{field}}}"}}""");
        error.ErrorCode.Should().Be(code).And.Be(remote.ErrorCode);
        error.Kind.Should().Be(remote.Kind);
        error.IsRetryable.Should().Be(remote.IsRetryable).And.BeFalse();
        error.Provider.Should().Be("heygen");
        error.StatusCode.Should().BeNull("no response was received");
        error.Message.Should().Contain("nothing was sent");
        error.FieldErrors.Single().Field.Should().Be(field);
    }

    private static CreateVideoRequest AvatarVideo(string script) => new() { AvatarId = "look-1", Script = script, VoiceId = "voice-1" };

    private string WriteFile(string name, int length)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, new byte[length]);
        return path;
    }

    // A seekable stream that reports a large length without holding the bytes; reading it is a test failure.
    private sealed class LengthOnlyStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The stream must not be read.");

        public override long Seek(long offset, SeekOrigin origin) => Position = offset;

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
