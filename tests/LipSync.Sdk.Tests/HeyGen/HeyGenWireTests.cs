using System.Text;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.HeyGen;

/// <summary>What goes over the wire for each HeyGen endpoint: paths, headers, JSON names, and how answers are read.</summary>
public sealed class HeyGenWireTests
{
    [Fact]
    public async Task Create_lipsync_sends_v3_body_key_and_idempotency_key()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var request = HeyGenHarness.NativeRequest();
        request.Mode = LipsyncModes.Precision;
        request.StartTime = 1.5;
        request.EnableCaption = true;
        request.CallbackId = "cb-1";

        var created = await h.Native.CreateLipsyncAsync(request, "order-42:lipsync");

        var sent = h.Emulator.RequestsTo("POST", "/v3/lipsyncs").Single();
        sent.Header("X-Api-Key").Should().Be(HeyGenHarness.ApiKey);
        sent.Header("Idempotency-Key").Should().Be("order-42:lipsync");
        sent.Header("Content-Type").Should().StartWith("application/json");
        sent.BodyText.Should().Be(
            """{"video":{"type":"url","url":"https://example.com/video.mp4"},"audio":{"type":"url","url":"https://example.com/audio.mp3"},"mode":"precision","callback_id":"cb-1","start_time":1.5,"enable_caption":true}""");
        created.LipsyncId.Should().Be(h.Emulator.Jobs.Single().Id);
    }

    [Fact]
    public async Task Create_lipsync_by_asset_id()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var asset = await h.Native.UploadAssetAsync(MediaSource.FromStream(new MemoryStream(new byte[1000]), "speech.wav"));

        await h.Native.CreateLipsyncAsync(new CreateLipsyncRequest
        {
            Video = HeyGenMediaInput.FromUrl(new Uri("https://example.com/v.mp4")),
            Audio = HeyGenMediaInput.FromAsset(asset.AssetId),
        });

        h.Emulator.RequestsTo("POST", "/v3/lipsyncs").Single().BodyJson()!["audio"]!.ToJsonString()
            .Should().Be($$"""{"type":"asset_id","asset_id":"{{asset.AssetId}}"}""");
    }

    [Fact]
    public async Task Generated_idempotency_key_is_valid_and_fresh_per_call()
    {
        await using var h = await HeyGenHarness.StartAsync();
        await h.Native.CreateLipsyncAsync(HeyGenHarness.NativeRequest());
        await h.Native.CreateVideoAsync(new CreateVideoRequest { AvatarId = "look-1", Script = "Hi", VoiceId = "v1" });

        var keys = h.Emulator.Requests.Where(r => r.Method == "POST").Select(r => r.Header("Idempotency-Key")).ToList();
        keys.Should().HaveCount(2).And.OnlyHaveUniqueItems().And.AllSatisfy(k => k.Should().MatchRegex("^[A-Za-z0-9_:.-]{1,255}$"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/not-allowed")]
    public async Task Bad_idempotency_key_is_rejected_before_sending(string key)
    {
        await using var h = await HeyGenHarness.StartAsync();
        var act = () => h.Native.CreateLipsyncAsync(HeyGenHarness.NativeRequest(), key);
        (await act.Should().ThrowAsync<LipSyncValidationException>()).Which.ErrorCode.Should().Be("invalid_idempotency_key");
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_lipsync_reads_data_envelope_and_running_status()
    {
        await using var h = await HeyGenHarness.StartAsync(emulator: e => e.PollsUntilCompleted = 5);
        var id = (await h.Native.CreateLipsyncAsync(HeyGenHarness.NativeRequest())).LipsyncId;

        var lipsync = await h.Native.GetLipsyncAsync(id);

        lipsync.Id.Should().Be(id);
        lipsync.Status.Should().Be("running");
        lipsync.CreatedAt.Should().BeGreaterThan(1_600_000_000);
        h.Emulator.RequestsTo("GET", "/v3/lipsyncs/" + id).Should().ContainSingle();
    }

    [Fact]
    public async Task List_lipsyncs_sends_limit_and_token_and_follows_next_token()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var ids = Enumerable.Range(0, 7).Select(_ => h.Emulator.AddJob()).ToList();

        var listed = await h.Native.ListLipsyncsAsync(new HeyGenListOptions { Limit = 3 }).ToListAsync();

        listed.Select(l => l.Id).Should().Equal(Enumerable.Reverse(ids));
        var queries = h.Emulator.RequestsTo("GET", "/v3/lipsyncs").Select(r => r.QueryString).ToList();
        queries.Should().HaveCount(3);
        queries[0].Should().Be("?limit=3");
        queries[1].Should().StartWith("?limit=3&token=");
    }

    [Fact]
    public async Task Page_call_exposes_has_more_and_next_token()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.AddJob();
        h.Emulator.AddJob();

        var page = await h.Native.GetLipsyncsPageAsync(new HeyGenListOptions { Limit = 1 });

        page.Data.Should().ContainSingle();
        page.HasMore.Should().BeTrue();
        page.NextToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Create_and_get_avatar_video()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var created = await h.Native.CreateVideoAsync(new CreateVideoRequest
        {
            AvatarId = "look-1",
            Script = "Hello",
            VoiceId = "voice-1",
            VoiceSettings = new VoiceSettings { Speed = 1 },
            Resolution = "720p",
            AspectRatio = "16:9",
        });

        created.Status.Should().Be("waiting");
        created.OutputFormat.Should().Be("mp4");
        var sent = h.Emulator.RequestsTo("POST", "/v3/videos").Single();
        sent.BodyText.Should().Be("""{"type":"avatar","avatar_id":"look-1","script":"Hello","voice_id":"voice-1","voice_settings":{"speed":1},"resolution":"720p","aspect_ratio":"16:9"}""");
        sent.Header("Idempotency-Key").Should().NotBeNullOrEmpty();

        var first = await h.Native.GetVideoAsync(created.VideoId);
        var second = await h.Native.GetVideoAsync(created.VideoId);
        first.Status.Should().Be("processing");
        second.Status.Should().Be("completed");
        second.VideoUrl.Should().StartWith(h.Emulator.GetOutputUrl(created.VideoId) + "?");
        HeyGenJobMapper.ToJob(second).Status.Should().Be(JobStatus.Completed);
    }

    [Fact]
    public async Task List_videos_pages()
    {
        await using var h = await HeyGenHarness.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            h.Emulator.AddJob(HeyGenJobKind.Video);
        }

        (await h.Native.ListVideosAsync(new HeyGenListOptions { Limit = 3 }).ToListAsync()).Should().HaveCount(4);
        h.Emulator.RequestsTo("GET", "/v3/videos").Should().HaveCount(2);
    }

    [Fact]
    public async Task Small_upload_is_one_streamed_multipart_post()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var bytes = Encoding.ASCII.GetBytes(new string('a', 5000));

        var asset = await h.Native.UploadAssetAsync(MediaSource.FromStream(new MemoryStream(bytes), "clip.mp4"));

        var sent = h.Emulator.RequestsTo("POST", "/v3/assets").Single();
        sent.Header("Content-Type").Should().StartWith("multipart/form-data; boundary=");
        sent.Header("Idempotency-Key").Should().NotBeNullOrEmpty();
        sent.BodyText.Should().Contain("name=file").And.Contain("filename=clip.mp4").And.Contain("Content-Type: video/mp4");
        asset.SizeBytes.Should().Be(5000);
        asset.MimeType.Should().Be("video/mp4");
        h.Emulator.Assets.Single().Should().Match<HeyGenEmulatorAsset>(a => a.SizeBytes == 5000 && !a.ViaDirectUpload);
    }

    [Fact]
    public async Task Upload_above_32_MB_uses_the_direct_upload_flow()
    {
        await using var h = await HeyGenHarness.StartAsync(emulator: e => e.RecordBodies = false);
        var path = Path.Combine(Path.GetTempPath(), $"heygen-large-{Guid.NewGuid():N}.mp4");
        const long size = HeyGenClient.MaxDirectAssetBytes + 1;
        await using (var file = File.Create(path))
        {
            file.SetLength(size);
        }

        try
        {
            var asset = await h.Native.UploadAssetAsync(MediaSource.FromFile(path));

            h.Emulator.RequestsTo("POST", "/v3/assets").Select(r => r.Path).Should().Equal(
                "/v3/assets/direct-uploads", $"/v3/assets/{asset.AssetId}/complete");
            var put = h.Emulator.RequestsTo("PUT", "/uploads/").Single();
            put.BodyLength.Should().Be(size);
            put.Header("Content-Type").Should().Be("video/mp4");
            put.QueryString.Should().Contain("X-Amz-Signature");
            asset.SizeBytes.Should().Be(size);
            h.Emulator.Assets.Single().Should().Match<HeyGenEmulatorAsset>(a => a.ViaDirectUpload && a.Completed && a.SizeBytes == size);
            h.Emulator.UploadedAssetCount.Should().Be(1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Oversized_multipart_upload_is_payload_too_large()
    {
        await using var h = await HeyGenHarness.StartAsync(emulator: e => e.MaxAssetBytes = 100);

        // Length unknown (non-seekable): the SDK sends multipart and HeyGen answers 413 payload_too_large.
        var act = () => h.Native.UploadAssetAsync(MediaSource.FromStream(new NonSeekableStream(new byte[1000]), "big.wav"));

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.InvalidMedia);
        error.ErrorCode.Should().Be("payload_too_large");
        error.FieldErrors.Should().ContainSingle(f => f.Field == "file");
    }

    [Fact]
    public async Task Legacy_status_reads_the_v1_envelope()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var id = h.Emulator.AddJob(HeyGenJobKind.LegacyVideo);

        var status = await h.Native.GetLegacyVideoStatusAsync(id);

        status.Id.Should().Be(id);
        status.Status.Should().Be("processing");
        h.Emulator.RequestsTo("GET", "/v1/video_status.get").Single().QueryString.Should().Be("?video_id=" + id);
    }

    [Fact]
    public async Task Legacy_error_with_http_200_is_an_error()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.LegacyErrorsAsHttp200 = true;

        var act = () => h.Native.GetLegacyVideoStatusAsync("no-such-video");

        var error = (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which;
        error.StatusCode.Should().Be(200);
        error.ErrorCode.Should().Be("400114");
        error.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Http_200_legacy_rate_limit_code_is_retried()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var id = h.Emulator.AddJob(HeyGenJobKind.LegacyVideo);
        h.Emulator.EnqueueError("GET", "/v1/video_status.get", 200, HeyGenErrorShape.Legacy, "400140", "Exceed rate limit");

        var status = await h.Native.GetLegacyVideoStatusAsync(id);

        status.Id.Should().Be(id);
        h.Emulator.RequestsTo("GET", "/v1/video_status.get").Should().HaveCount(2);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Http_200_with_a_v2_error_object_is_an_error()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.EnqueueError("GET", "/v3/lipsyncs/", 200, HeyGenErrorShape.V2, "400144", "Avatar not found");

        var act = () => h.Native.GetLipsyncAsync("x");

        (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which.ErrorCode.Should().Be("400144");
    }

    [Fact]
    public async Task Failed_legacy_video_maps_data_error_through_the_catalogue()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.FailNextJob(HeyGenJobKind.Video, "40119", "Video is too long (> 3600.0s). Please upgrade your plan to generate longer videos");
        var id = (await h.Native.CreateVideoAsync(new CreateVideoRequest { AvatarId = "a", Script = "s", VoiceId = "v" })).VideoId;
        await h.Native.GetLegacyVideoStatusAsync(id);

        var status = await h.Native.GetLegacyVideoStatusAsync(id);

        status.Status.Should().Be("failed");
        status.Error!.Code.Should().Be("40119");
        var job = HeyGenJobMapper.ToJob(status);
        job.Status.Should().Be(JobStatus.Failed);
        job.Error.Should().Be(new LipSyncJobError("40119", "Video is too long (> 3600.0s). Please upgrade your plan to generate longer videos", LipSyncErrorKind.QuotaExceeded, false));
    }

    [Fact]
    public async Task Wrong_key_is_an_authentication_error_in_v3_and_v1_shapes()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.ApiKey = "another-key";

        var v3 = await FluentActions.Awaiting(() => h.Native.GetLipsyncAsync("x")).Should().ThrowAsync<LipSyncAuthenticationException>();
        v3.Which.ErrorCode.Should().Be("unauthorized");
        var v1 = await FluentActions.Awaiting(() => h.Native.GetLegacyVideoStatusAsync("x")).Should().ThrowAsync<LipSyncAuthenticationException>();
        v1.Which.ErrorCode.Should().Be("400112");
    }

    [Fact]
    public async Task Validation_param_becomes_a_field_error_over_the_wire()
    {
        await using var h = await HeyGenHarness.StartAsync();

        // A variant the SDK does not model (so does not check locally) reaches the server, which names the field.
        var act = () => h.Native.CreateVideoAsync(new CreateVideoRequest { Type = "cinematic_avatar", AvatarId = "look-1" });

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.StatusCode.Should().Be(400);
        error.ErrorCode.Should().Be("invalid_parameter");
        error.FieldErrors.Should().ContainSingle().Which.Field.Should().Be("type");
        error.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Unknown_asset_is_not_found()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var act = () => h.Native.CreateLipsyncAsync(new CreateLipsyncRequest
        {
            Video = HeyGenMediaInput.FromAsset("missing"),
            Audio = HeyGenMediaInput.FromUrl(new Uri("https://example.com/a.mp3")),
        });

        (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which.ErrorCode.Should().Be("asset_not_found");
        h.Emulator.CreatedJobCount.Should().Be(0);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
