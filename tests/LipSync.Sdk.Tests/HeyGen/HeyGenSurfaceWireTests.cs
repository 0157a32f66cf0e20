using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.HeyGen;

/// <summary>
/// The v3 surfaces beyond lip-sync create/read, over real HTTP against the emulator: lipsync options and update, video
/// translation, webhook endpoint management, and Idempotency-Key replay as developers.heygen.com documents it. Wire
/// names and shapes are those of HeyGen's OpenAPI schema as its official CLI carries it (<c>gen/*.go</c>).
/// </summary>
public sealed class HeyGenSurfaceWireTests
{
    private static readonly HeyGenMediaInput Source = HeyGenMediaInput.FromUrl(new Uri("https://example.com/talk.mp4"));

    [Fact]
    public async Task Create_lipsync_sends_the_documented_options_by_their_wire_names()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var request = HeyGenHarness.NativeRequest();
        request.EnableSpeechEnhancement = true;
        request.DisableMusicTrack = true;
        request.EnableDynamicDuration = false;
        request.KeepTheSameFormat = true;
        request.EnableWatermark = false;
        request.FolderId = "folder-7";
        request.CallbackUrl = "https://hooks.example.com/heygen";

        await h.Native.CreateLipsyncAsync(request);

        var body = h.Emulator.RequestsTo("POST", "/v3/lipsyncs").Single().BodyJson()!.AsObject();
        body["enable_speech_enhancement"]!.GetValue<bool>().Should().BeTrue();
        body["disable_music_track"]!.GetValue<bool>().Should().BeTrue();
        body["enable_dynamic_duration"]!.GetValue<bool>().Should().BeFalse();
        body["keep_the_same_format"]!.GetValue<bool>().Should().BeTrue();
        body["enable_watermark"]!.GetValue<bool>().Should().BeFalse();
        body["folder_id"]!.GetValue<string>().Should().Be("folder-7");
        body["callback_url"]!.GetValue<string>().Should().Be("https://hooks.example.com/heygen");
    }

    [Fact]
    public async Task Update_lipsync_patches_the_title_and_returns_the_job()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var created = await h.Native.CreateLipsyncAsync(HeyGenHarness.NativeRequest());

        var updated = await h.Native.UpdateLipsyncAsync(created.LipsyncId, new UpdateLipsyncRequest { Title = "Episode 42 (ja)" });

        var sent = h.Emulator.RequestsTo("PATCH", "/v3/lipsyncs/" + created.LipsyncId).Single();
        sent.BodyText.Should().Be("""{"title":"Episode 42 (ja)"}""");
        sent.Header("X-Api-Key").Should().Be(HeyGenHarness.ApiKey);
        updated.Id.Should().Be(created.LipsyncId);
        updated.Title.Should().Be("Episode 42 (ja)");
        (await h.Native.GetLipsyncAsync(created.LipsyncId)).Title.Should().Be("Episode 42 (ja)");
    }

    [Fact]
    public async Task Update_of_an_unknown_lipsync_is_not_found_and_a_blank_title_is_refused_locally()
    {
        await using var h = await HeyGenHarness.StartAsync();

        var missing = await Assert.ThrowsAsync<LipSyncNotFoundException>(() => h.Native.UpdateLipsyncAsync("nope", new UpdateLipsyncRequest { Title = "t" }));
        missing.ErrorCode.Should().Be("not_found");
        await Assert.ThrowsAsync<ArgumentException>(() => h.Native.UpdateLipsyncAsync("id", new UpdateLipsyncRequest { Title = " " }));
        h.Emulator.RequestsTo("PATCH", "/v3/lipsyncs/id").Should().BeEmpty();
    }

    [Fact]
    public async Task Video_translation_is_created_per_language_and_polled_to_completion()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var languages = await h.Native.GetVideoTranslationLanguagesAsync();
        languages.Languages.Should().Contain("Spanish (Spain)");

        var created = await h.Native.CreateVideoTranslationAsync(new CreateVideoTranslationRequest
        {
            Video = Source,
            OutputLanguages = ["Spanish (Spain)", "Japanese"],
            Mode = LipsyncModes.Precision,
            SpeakerCount = 2,
            TranslateAudioOnly = false,
            EnableCaption = true,
            BrandGlossaryId = "glossary-1",
            StockVoiceConfig = new HeyGenStockVoiceConfig { UseStockVoice = true },
            CallbackId = "dub-42",
        }, "dub-42:translate");

        var sent = h.Emulator.RequestsTo("POST", "/v3/video-translations").Single();
        sent.Header("Idempotency-Key").Should().Be("dub-42:translate");
        sent.BodyText.Should().Be(
            """{"video":{"type":"url","url":"https://example.com/talk.mp4"},"output_languages":["Spanish (Spain)","Japanese"],"translate_audio_only":false,"speaker_num":2,"mode":"precision","callback_id":"dub-42","brand_glossary_id":"glossary-1","stock_voice_config":{"use_stock_voice":true},"enable_caption":true}""");
        created.VideoTranslationIds.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        h.Emulator.CreatedJobCount.Should().Be(2, "one translation per target language");

        var id = created.VideoTranslationIds[1];
        (await h.Native.GetVideoTranslationAsync(id)).Status.Should().Be(HeyGenStatuses.Running);
        var done = await h.Native.GetVideoTranslationAsync(id);
        done.Status.Should().Be(HeyGenStatuses.Completed);
        done.OutputLanguage.Should().Be("Japanese");
        done.CallbackId.Should().Be("dub-42");
        done.VideoUrl.Should().StartWith(h.Emulator.GetOutputUrl(id));
        h.Emulator.RequestsTo("GET", "/v3/video-translations/" + id).Should().HaveCount(2);
    }

    [Fact]
    public async Task Failed_translation_is_returned_with_its_message_and_an_unknown_one_is_not_found()
    {
        await using var h = await HeyGenHarness.StartAsync(emulator: o => o.PollsUntilCompleted = 1);
        h.Emulator.FailNextJob(HeyGenJobKind.VideoTranslation, "download_failed", "The video could not be downloaded.");
        var created = await h.Native.CreateVideoTranslationAsync(new CreateVideoTranslationRequest { Video = Source, OutputLanguages = ["English"] });

        var failed = await h.Native.GetVideoTranslationAsync(created.VideoTranslationIds.Single());

        failed.Status.Should().Be(HeyGenStatuses.Failed);
        failed.FailureMessage.Should().Be("The video could not be downloaded.");
        failed.VideoUrl.Should().BeNull();
        var missing = await Assert.ThrowsAsync<LipSyncNotFoundException>(() => h.Native.GetVideoTranslationAsync("missing"));
        missing.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task Translation_without_languages_or_video_is_refused_before_anything_is_sent()
    {
        await using var h = await HeyGenHarness.StartAsync();

        var noLanguages = await Assert.ThrowsAsync<LipSyncValidationException>(() =>
            h.Native.CreateVideoTranslationAsync(new CreateVideoTranslationRequest { Video = Source }));
        var noVideo = await Assert.ThrowsAsync<LipSyncValidationException>(() =>
            h.Native.CreateVideoTranslationAsync(new CreateVideoTranslationRequest { OutputLanguages = ["English"] }));

        noLanguages.FieldErrors.Single().Field.Should().Be("output_languages");
        noVideo.FieldErrors.Single().Field.Should().Be("video");
        noLanguages.ErrorCode.Should().Be("invalid_parameter");
        h.Emulator.RequestsTo("POST", "/v3/video-translations").Should().BeEmpty();
    }

    [Fact]
    public async Task Unsupported_language_gets_HeyGens_invalid_parameter_with_the_field()
    {
        await using var h = await HeyGenHarness.StartAsync();

        var error = await Assert.ThrowsAsync<LipSyncValidationException>(() =>
            h.Native.CreateVideoTranslationAsync(new CreateVideoTranslationRequest { Video = Source, OutputLanguages = ["Klingon"] }));

        error.StatusCode.Should().Be(400);
        error.FieldErrors.Single().Field.Should().Be("output_languages");
        h.Emulator.CreatedJobCount.Should().Be(0);
    }

    [Fact]
    public async Task Webhook_endpoint_is_added_listed_rotated_and_deleted()
    {
        await using var h = await HeyGenHarness.StartAsync();

        var added = await h.Native.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Url = "https://hooks.example.com/heygen",
            Events = ["avatar_video.success", "video_translate.fail"],
        });
        var second = await h.Native.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = "https://hooks.example.com/all" });

        var create = h.Emulator.RequestsTo("POST", "/v3/webhooks/endpoints").First();
        create.BodyText.Should().Be("""{"url":"https://hooks.example.com/heygen","events":["avatar_video.success","video_translate.fail"]}""");
        create.Header("Idempotency-Key").Should().MatchRegex("^[A-Za-z0-9_:.-]{1,255}$");
        added.Secret.Should().StartWith("whsec_").And.Be(h.Emulator.WebhookEndpoints[0].Secret);
        added.Status.Should().Be("enabled");
        added.Events.Should().Equal("avatar_video.success", "video_translate.fail");
        second.Events.Should().BeNull("null subscribes to every event");
        added.ToString().Should().NotContain(added.Secret!);

        var listed = new List<HeyGenWebhookEndpoint>();
        await foreach (var endpoint in h.Native.ListWebhookEndpointsAsync(new HeyGenListOptions { Limit = 1 }))
        {
            listed.Add(endpoint);
        }

        listed.Select(e => e.EndpointId).Should().Equal(added.EndpointId, second.EndpointId);
        listed.Should().OnlyContain(e => e.Secret == null, "the secret is shown only on create and rotation");
        h.Emulator.RequestsTo("GET", "/v3/webhooks/endpoints").Should().HaveCount(2, "limit=1 pages through token");

        var rotated = await h.Native.RotateWebhookSecretAsync(added.EndpointId);
        rotated.EndpointId.Should().Be(added.EndpointId);
        rotated.Secret.Should().StartWith("whsec_").And.NotBe(added.Secret).And.Be(h.Emulator.WebhookEndpoints[0].Secret);
        rotated.ToString().Should().NotContain(rotated.Secret);
        h.Emulator.RequestsTo("POST", $"/v3/webhooks/endpoints/{added.EndpointId}/rotate-secret").Single().Header("Idempotency-Key").Should().NotBeNullOrEmpty();

        await h.Native.DeleteWebhookEndpointAsync(added.EndpointId);
        h.Emulator.WebhookEndpoints.Select(e => e.EndpointId).Should().Equal(second.EndpointId);
        await Assert.ThrowsAsync<LipSyncNotFoundException>(() => h.Native.DeleteWebhookEndpointAsync(added.EndpointId));
    }

    [Fact]
    public async Task Rotation_retried_after_a_lost_answer_replays_the_issued_secret_instead_of_rotating_twice()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var endpoint = await h.Native.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = "https://hooks.example.com/h" });
        h.Emulator.Faults.Enqueue("POST", $"/v3/webhooks/endpoints/{endpoint.EndpointId}/rotate-secret", Fault.DropConnection().AfterProcessing());

        var rotated = await h.Native.RotateWebhookSecretAsync(endpoint.EndpointId);

        var attempts = h.Emulator.RequestsTo("POST", $"/v3/webhooks/endpoints/{endpoint.EndpointId}/rotate-secret");
        attempts.Should().HaveCount(2);
        attempts.Select(r => r.Header("Idempotency-Key")).Distinct().Should().ContainSingle();
        rotated.Secret.Should().Be(h.Emulator.WebhookEndpoints.Single().Secret, "the secret the caller holds is the one in force");
    }

    [Fact]
    public async Task Event_types_are_listed_with_descriptions()
    {
        await using var h = await HeyGenHarness.StartAsync();

        var types = await h.Native.GetWebhookEventTypesAsync();

        types.Data.Select(t => t.EventType).Should().Contain(["avatar_video.success", "avatar_video.fail", "video_translate.success", "video_translate.fail"]);
        types.Data.Should().OnlyContain(t => !string.IsNullOrEmpty(t.Description));
        types.HasMore.Should().BeFalse();
    }

    [Fact]
    public async Task Webhook_endpoint_must_be_https_and_is_refused_locally_otherwise()
    {
        await using var h = await HeyGenHarness.StartAsync();

        var error = await Assert.ThrowsAsync<LipSyncValidationException>(() =>
            h.Native.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = "http://hooks.example.com/h" }));

        error.FieldErrors.Single().Field.Should().Be("url");
        h.Emulator.RequestsTo("POST", "/v3/webhooks/endpoints").Should().BeEmpty();
    }

    [Fact]
    public async Task Reused_idempotency_key_replays_the_original_answer_even_when_the_body_differs()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var first = await h.Native.CreateLipsyncAsync(HeyGenHarness.NativeRequest(), "order-7");
        var changed = HeyGenHarness.NativeRequest();
        changed.Title = "a slightly different body";

        var again = await h.Native.CreateLipsyncAsync(changed, "order-7");

        again.LipsyncId.Should().Be(first.LipsyncId, "HeyGen replays the original response for 24 hours, logging a warning when the body differs");
        h.Emulator.CreatedJobCount.Should().Be(1);
        h.Emulator.ReplayedWithDifferentBodyCount.Should().Be(1);
    }

    [Fact]
    public async Task Request_in_progress_is_retried_with_the_same_key_until_the_original_answers()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.EnqueueError("POST", "/v3/video-translations", 409, HeyGenErrorShape.V3, "request_in_progress",
            "A request with this Idempotency-Key is still in flight.");

        var created = await h.Native.CreateVideoTranslationAsync(new CreateVideoTranslationRequest { Video = Source, OutputLanguages = ["English"] });

        var attempts = h.Emulator.RequestsTo("POST", "/v3/video-translations");
        attempts.Should().HaveCount(2);
        attempts.Select(r => r.Header("Idempotency-Key")).Distinct().Should().ContainSingle();
        created.VideoTranslationIds.Should().ContainSingle();
        h.Emulator.CreatedJobCount.Should().Be(1);
        h.Delays.Should().Equal(TimeSpan.FromSeconds(1));
    }
}
