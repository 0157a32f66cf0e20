using System.Text;
using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Chamelaion;

/// <summary>What the SDK puts on the wire for each Chamelaion endpoint, as recorded by the emulator.</summary>
public sealed class ChamelaionWireTests
{
    [Fact]
    public async Task Generate_sends_exactly_the_documented_json()
    {
        await using var h = await ChamelaionHarness.StartAsync();

        var response = await h.Native.GenerateAsync(new GenerateRequest
        {
            Inputs = [MediaInput.Video(new Uri("https://cdn.example.com/episodes/42.mp4")), MediaInput.Audio(new Uri("https://cdn.example.com/dubs/42-japanese.wav"))],
            ReferenceId = "dub-episode-42",
            DisableActiveSpeakerDetection = true,
        });

        var create = h.Creates.Single();
        create.Path.Should().Be("/api/v1/lipsync/generate");
        create.Header("x-api-key").Should().Be(ChamelaionHarness.ApiKey);
        create.Header("Authorization").Should().BeNull();
        create.Header("Content-Type").Should().StartWith("application/json");
        create.Header("Idempotency-Key").Should().BeNull("Chamelaion takes no idempotency key");
        create.BodyText.Should().Be(
            """{"inputs":[{"type":"video","url":"https://cdn.example.com/episodes/42.mp4"},{"type":"audio","url":"https://cdn.example.com/dubs/42-japanese.wav"}],"reference_id":"dub-episode-42","disable_active_speaker_detection":true}""");
        response.Status.Should().Be("success");
        response.RequestId.Should().Be(h.Emulator.Jobs.Single().Id);
        response.ReferenceId.Should().Be("dub-episode-42");
        response.RecoveredByLookup.Should().BeFalse();
        h.Lookups.Should().ContainSingle("a caller-chosen reference is read once before the create, as the baseline for recovery");
    }

    [Fact]
    public async Task Generate_without_reference_sends_a_generated_one_and_omits_unset_fields()
    {
        await using var h = await ChamelaionHarness.StartAsync();

        var response = await h.Native.GenerateAsync(new GenerateRequest
        {
            Inputs = [MediaInput.Video(new Uri("https://x.example/v.mp4")), MediaInput.Audio(new Uri("https://x.example/a.wav"))],
        });

        var body = h.Creates.Single().BodyJson()!.AsObject();
        body.Select(p => p.Key).Should().Equal("inputs", "reference_id");
        var reference = body["reference_id"]!.GetValue<string>();
        reference.Should().MatchRegex("^lipsync-sdk-[0-9a-f]{32}$");
        response.ReferenceId.Should().Be(reference);
        h.Emulator.Jobs.Single().ReferenceId.Should().Be(reference);
        h.Lookups.Should().BeEmpty("an SDK-generated reference names no earlier job");
    }

    [Fact]
    public async Task Generate_with_media_streams_multipart_parts()
    {
        await using var h = await ChamelaionHarness.StartAsync(emulator: e => e.RecordBodies = false);
        var video = TempFile("speaker.mp4", 300_000);
        var audio = TempFile("speech.wav", 70_001);
        try
        {
            var response = await h.Native.GenerateWithMediaAsync(new GenerateWithMediaRequest
            {
                Video = MediaSource.FromFile(video),
                Audio = MediaSource.FromFile(audio),
                ReferenceId = "upload-1",
                DisableActiveSpeakerDetection = false,
            });

            var create = h.Emulator.RequestsTo("POST", "/api/v1/lipsync/generate-with-media").Single();
            create.Header("Content-Type").Should().StartWith("multipart/form-data; boundary=");
            create.Header("x-api-key").Should().Be(ChamelaionHarness.ApiKey);
            create.BodyRecorded.Should().BeFalse();
            create.BodyLength.Should().BeGreaterThan(370_001);

            var job = h.Emulator.Jobs.Single();
            job.Id.Should().Be(response.RequestId);
            job.Source.Should().Be("generate-with-media");
            job.VideoUpload.Should().Be(new ChamelaionUploadedPart("video", "speaker.mp4", "video/mp4", 300_000));
            job.AudioUpload.Should().Be(new ChamelaionUploadedPart("audio", "speech.wav", "audio/wav", 70_001));
            job.ReferenceId.Should().Be("upload-1");
            job.DisableActiveSpeakerDetection.Should().BeFalse();
            job.Model.Should().BeNull("model is sent only when configured");
        }
        finally
        {
            File.Delete(video);
            File.Delete(audio);
        }
    }

    [Fact]
    public async Task Upload_of_unknown_length_is_streamed_chunked_not_buffered()
    {
        // The form reaches the socket as it is read: buffered anywhere (Refit buffers bodies unless told not to), it would
        // go out with a Content-Length after the whole media had been read into memory.
        await using var h = await ChamelaionHarness.StartAsync();

        await h.Native.GenerateWithMediaAsync(new GenerateWithMediaRequest
        {
            Video = MediaSource.FromStream(new OneWayStream(new byte[50_000]), "v.mp4"),
            Audio = MediaSource.FromStream(new OneWayStream(new byte[5_000]), "a.wav"),
        });

        var create = h.Emulator.RequestsTo("POST", "/api/v1/lipsync/generate-with-media").Single();
        create.Header("Transfer-Encoding").Should().Be("chunked");
        create.Header("Content-Length").Should().BeNull();
        h.Emulator.Jobs.Single().VideoUpload!.Length.Should().Be(50_000);
    }

    [Fact]
    public async Task Multipart_part_headers_are_quoted_like_curl()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        using var video = new MemoryStream(Encoding.ASCII.GetBytes("fake-mp4"));
        using var audio = new MemoryStream(Encoding.ASCII.GetBytes("fake-wav"));

        await h.Native.GenerateWithMediaAsync(new GenerateWithMediaRequest
        {
            Video = MediaSource.FromStream(video, "clip \"1\".mp4"),
            Audio = MediaSource.FromStream(audio, "voice.wav"),
            Model = ChamelaionModels.Lipsync2,
        });

        var body = h.Emulator.RequestsTo("POST", "/api/v1/lipsync/generate-with-media").Single().BodyText;
        body.Should().Contain("Content-Disposition: form-data; name=\"reference_id\"");
        body.Should().Contain("Content-Disposition: form-data; name=\"model\"\r\n\r\nlipsync-2\r\n");
        body.Should().Contain("Content-Disposition: form-data; name=\"video\"; filename=\"clip _1_.mp4\"");
        body.Should().Contain("Content-Disposition: form-data; name=\"audio\"; filename=\"voice.wav\"");
        body.Should().NotContain("filename*");
        body.Should().NotContain("disable_active_speaker_detection");
        h.Emulator.Jobs.Single().Model.Should().Be("lipsync-2");
    }

    [Fact]
    public async Task Get_by_request_id_and_by_reference_id()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var seeded = h.Emulator.AddJob("my custom/reference");

        var byId = await h.Native.GetRequestAsync(seeded.Id);
        var byReference = await h.Native.GetRequestAsync("my custom/reference");

        byId.Id.Should().Be(seeded.Id);
        byReference.Id.Should().Be(seeded.Id);
        byReference.ReferenceId.Should().Be("my custom/reference");
        byReference.Status.Should().Be("completed");
        byReference.OutputUrl.Should().StartWith(h.Emulator.GetOutputUrl(seeded.Id) + "?");
        var gets = h.Emulator.RequestsTo("GET", "/api/v1/lipsync/requests/");
        // The reference is one escaped path segment (Kestrel keeps %2F encoded, so the slash stays visible as such).
        gets.Select(r => r.Path).Should().Equal($"/api/v1/lipsync/requests/{seeded.Id}", "/api/v1/lipsync/requests/my custom%2Freference");
    }

    [Fact]
    public async Task List_query_names_limit_offset_and_reference_id()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        h.Emulator.AddJob("batch-2026-04");

        var page = await h.Native.GetRequestsPageAsync(new ListRequestsOptions { Limit = 5, Offset = 0, ReferenceId = "batch-2026-04" });
        await h.Native.GetRequestsPageAsync();

        h.Emulator.RequestsTo("GET", "/api/v1/lipsync/requests").Select(r => r.QueryString)
            .Should().Equal("?limit=5&offset=0&reference_id=batch-2026-04", string.Empty);
        page.Data.Should().ContainSingle();
        page.Pagination.Should().BeEquivalentTo(new ChamelaionPagination { Limit = 5, Offset = 0, Total = 1 });
    }

    [Fact]
    public async Task Users_me_and_health()
    {
        await using var h = await ChamelaionHarness.StartAsync();

        (await h.Native.GetCurrentUserAsync()).Name.Should().Be("Emulator API Token");
        (await h.Native.GetHealthAsync()).Status.Should().Be("ok");

        h.Emulator.Requests.Select(r => r.Path).Should().Equal("/api/v1/users/me", "/api/health");
    }

    [Fact]
    public async Task Base_address_with_a_trailing_slash_appends_paths_once()
    {
        // Refit appends "/v1/..." to the base address's path as is: the SDK normalizes "…/api/" so no "//" reaches the wire.
        await using var emulator = await ChamelaionEmulator.StartAsync(new ChamelaionEmulatorOptions { ApiKey = ChamelaionHarness.ApiKey });
        var withSlash = new Uri(emulator.ApiBaseAddress.AbsoluteUri.TrimEnd('/') + "/");
        using var client = new ChamelaionClient(new LipSyncProviderOptions { ApiKey = ChamelaionHarness.ApiKey, BaseAddress = withSlash });

        await client.GetCurrentUserAsync();
        await client.GenerateAsync(new GenerateRequest
        {
            Inputs = [MediaInput.Video(new Uri("https://cdn.example.com/v.mp4")), MediaInput.Audio(new Uri("https://cdn.example.com/a.wav"))],
        });

        emulator.Requests.Select(r => r.Path).Should().Equal("/api/v1/users/me", "/api/v1/lipsync/generate");
    }

    [Fact]
    public async Task Wrong_key_is_an_authentication_error_with_the_documented_code()
    {
        await using var h = await ChamelaionHarness.StartAsync(o => o.Providers["chamelaion"].ApiKey = "ck-wrong-key-000000");

        var act = () => h.Native.GetCurrentUserAsync();

        var error = (await act.Should().ThrowAsync<LipSyncAuthenticationException>()).Which;
        error.ErrorCode.Should().Be("invalid_token");
        error.StatusCode.Should().Be(401);
        error.Attempts.Should().Be(1);
        error.Message.Should().NotContain("ck-wrong-key-000000");
    }

    [Theory]
    [InlineData(null, null, "missing_authorization_header")]
    [InlineData("Authorization", "Token abc", "invalid_authorization_format")]
    [InlineData("Authorization", "Bearer ", "missing_token")]
    [InlineData("x-api-key", "nope", "invalid_token")]
    public async Task Emulator_answers_each_documented_401(string? header, string? value, string code)
    {
        await using var emulator = await ChamelaionEmulator.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.BaseAddress, "api/v1/users/me"));
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        using var response = await http.SendAsync(request);
        var error = LipSyncErrors.FromResponse("chamelaion", (int)response.StatusCode, await response.Content.ReadAsStringAsync());

        error.ErrorCode.Should().Be(code);
        error.Kind.Should().Be(LipSyncErrorKind.Authentication);
    }

    [Fact]
    public async Task Emulator_accepts_bearer_auth_too()
    {
        await using var emulator = await ChamelaionEmulator.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.BaseAddress, "api/v1/users/me"));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + ChamelaionEmulator.DefaultApiKey);

        using var response = await http.SendAsync(request);

        response.IsSuccessStatusCode.Should().BeTrue();
    }

    [Theory]
    [InlineData("""{"inputs":[{"type":"audio","url":"https://x/a.wav"}]}""", "expected_exactly_one_video_input")]
    [InlineData("""{"inputs":[{"type":"video","url":"https://x/v.mp4"}]}""", "expected_exactly_one_audio_input")]
    [InlineData("""{"inputs":[{"type":"image","url":"https://x/i.png"}]}""", "input_type_must_be_video_or_audio")]
    [InlineData("""{"inputs":""", "invalid_request_body")]
    public async Task Emulator_validates_generate_bodies_with_the_documented_messages(string body, string code)
    {
        await using var emulator = await ChamelaionEmulator.StartAsync();
        using var http = emulator.CreateClient();

        using var response = await http.PostAsync("api/v1/lipsync/generate", new StringContent(body, Encoding.UTF8, "application/json"));
        var error = LipSyncErrors.FromResponse("chamelaion", (int)response.StatusCode, await response.Content.ReadAsStringAsync());

        error.ErrorCode.Should().Be(code);
        emulator.CreatedJobCount.Should().Be(0);
    }

    [Fact]
    public async Task Emulator_rejects_the_wrong_content_types_and_missing_files()
    {
        await using var emulator = await ChamelaionEmulator.StartAsync();
        using var http = emulator.CreateClient();

        using var text = await http.PostAsync("api/v1/lipsync/generate", new StringContent("{}", Encoding.UTF8, "text/plain"));
        using var json = await http.PostAsync("api/v1/lipsync/generate-with-media", new StringContent("{}", Encoding.UTF8, "application/json"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "\"audio\"", "\"a.wav\"" } };
        using var noVideo = await http.PostAsync("api/v1/lipsync/generate-with-media", form);

        (await Code(text)).Should().Be("content_type_must_be_application_json");
        (await Code(json)).Should().Be("content_type_must_be_multipart_form_data");
        (await Code(noVideo)).Should().Be("video_file_is_required");
    }

    private static async Task<string?> Code(HttpResponseMessage response) =>
        LipSyncErrors.FromResponse("chamelaion", (int)response.StatusCode, await response.Content.ReadAsStringAsync()).ErrorCode;

    internal static string TempFile(string name, int length)
    {
        var directory = Directory.CreateTempSubdirectory("chamelaion-");
        var path = Path.Combine(directory.FullName, name);
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private sealed class OneWayStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
