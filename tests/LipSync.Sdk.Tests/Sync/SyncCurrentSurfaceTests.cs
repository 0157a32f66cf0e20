using System.Text.Json.Nodes;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Sync;

/// <summary>
/// The fields Sync documents now, over loopback: <c>outputMediaUrl</c> (with <c>outputUrl</c> its deprecated alias),
/// <c>dubParams</c>, the model options with their snake_case wire names, sync-3 image input, and the <c>suggestion</c>
/// and <c>field</c> members of error bodies.
/// </summary>
public sealed class SyncCurrentSurfaceTests
{
    [Fact]
    public async Task A_completed_generation_carries_output_media_url_and_its_deprecated_alias()
    {
        await using var h = await SyncHarness.StartAsync();
        var job = await h.Client.WaitForCompletionAsync((await h.Client.SubmitAsync(SyncHarness.Request())).Id);

        var generation = await h.Native.GetGenerationAsync(job.Id);

        generation.OutputMediaUrl.Should().NotBeNullOrEmpty();
        generation.OutputUrl.Should().Be(generation.OutputMediaUrl, "outputUrl is an alias with the same value");
        generation.ResultUrl.Should().Be(generation.OutputMediaUrl);
        job.OutputUrl!.OriginalString.Should().Be(generation.OutputMediaUrl);
    }

    [Fact]
    public async Task The_neutral_job_reads_output_media_url_first_and_falls_back_to_output_url()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("GET", "/v2/generate/new-only", Fault.Respond(200,
            """{"id":"new-only","status":"COMPLETED","model":"lipsync-2","outputMediaUrl":"https://cdn.example.com/new.mp4"}""", "application/json"));
        h.Emulator.Faults.Enqueue("GET", "/v2/generate/both", Fault.Respond(200,
            """{"id":"both","status":"COMPLETED","model":"lipsync-2","outputUrl":"https://cdn.example.com/old.mp4","outputMediaUrl":"https://cdn.example.com/new.mp4"}""", "application/json"));
        h.Emulator.Faults.Enqueue("GET", "/v2/generate/old-only", Fault.Respond(200,
            """{"id":"old-only","status":"COMPLETED","model":"lipsync-2","outputUrl":"https://cdn.example.com/old.mp4"}""", "application/json"));

        var newOnly = await h.Client.GetJobAsync("new-only");
        var both = await h.Client.GetJobAsync("both");
        var oldOnly = await h.Client.GetJobAsync("old-only");

        newOnly.OutputUrl.Should().Be(new Uri("https://cdn.example.com/new.mp4"));
        both.OutputUrl.Should().Be(new Uri("https://cdn.example.com/new.mp4"), "the current name wins");
        oldOnly.OutputUrl.Should().Be(new Uri("https://cdn.example.com/old.mp4"), "older responses carry only the alias");
    }

    [Fact]
    public async Task Dub_params_go_as_camel_case_and_need_no_audio_input()
    {
        await using var h = await SyncHarness.StartAsync();
        var request = new CreateGenerationRequest
        {
            Model = SyncModels.Lipsync2,
            Input = [GenerationInput.Video(new Uri("https://x.example/talk.mp4"))],
            DubParams = new DubParams { TargetLang = "es", SourceLang = "auto", NumSpeakers = 2 },
        };

        var generation = await h.Native.CreateGenerationAsync(request);

        generation.Status.Should().Be(GenerationStatuses.Pending);
        var body = JsonNode.Parse(h.Emulator.RequestsTo("POST", "/v2/generate").Single().BodyText)!;
        body["dubParams"]!.ToJsonString().Should().Be("""{"targetLang":"es","sourceLang":"auto","numSpeakers":2}""");
        body["input"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task React_options_speaker_boxes_and_image_input_use_the_documented_wire_names()
    {
        await using var h = await SyncHarness.StartAsync();
        var react = new CreateGenerationRequest
        {
            Model = SyncModels.React1,
            Input = [GenerationInput.Video(new Uri("https://x.example/v.mp4")), GenerationInput.Audio(new Uri("https://x.example/a.wav"))],
            Options = new GenerationOptions
            {
                ModelMode = ModelModes.Head,
                Prompt = Emotions.Happy,
                Temperature = 0.3,
                ActiveSpeakerDetection = new ActiveSpeakerDetection { AutoDetect = false, BoundingBoxes = [[10, 20, 110, 140], null] },
            },
        };
        var image = new CreateGenerationRequest
        {
            Model = SyncModels.Sync3,
            Input = [GenerationInput.ImageAsset("asset-image-1"), GenerationInput.Audio(new Uri("https://x.example/a.wav"))],
        };

        await h.Native.CreateGenerationAsync(react);
        await h.Native.CreateGenerationAsync(image);

        var bodies = h.Emulator.RequestsTo("POST", "/v2/generate").Select(r => JsonNode.Parse(r.BodyText)!).ToList();
        bodies[0]["options"]!.ToJsonString().Should().Be(
            """{"model_mode":"head","prompt":"happy","temperature":0.3,"active_speaker_detection":{"auto_detect":false,"bounding_boxes":[[10,20,110,140],null]}}""");
        bodies[1]["model"]!.GetValue<string>().Should().Be("sync-3");
        bodies[1]["input"]![0]!.ToJsonString().Should().Be("""{"type":"image","assetId":"asset-image-1"}""");
    }

    [Fact]
    public async Task A_validation_error_surfaces_its_suggestion_and_field()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(400, SyncErrorBodies.WithSuggestion(
            400, "outputFileName must contain only letters, digits, '_' and '-'", "generation_input_validation_failed",
            "Remove spaces and dots from outputFileName.", "outputFileName")));

        var act = () => h.Client.SubmitAsync(SyncHarness.Request());

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.ErrorCode.Should().Be("generation_input_validation_failed");
        error.Suggestion.Should().Be("Remove spaces and dots from outputFileName.");
        error.FieldErrors.Should().ContainSingle().Which.Field.Should().Be("outputFileName");
        error.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task A_hostile_suggestion_is_neutralised_and_bounded()
    {
        await using var h = await SyncHarness.StartAsync();
        var hostile = "Retry\u001b[31m now\r\nFAKE LOG LINE" + new string('x', 10_000);
        h.Emulator.Faults.Enqueue("GET", "/v2/generate/x", Fault.Respond(404, SyncErrorBodies.WithSuggestion(404, "Generation not found", "generation_not_found", hostile)));

        var act = () => h.Native.GetGenerationAsync("x");

        var suggestion = (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which.Suggestion!;
        suggestion.Should().NotContainAny("\u001b", "\r", "\n");
        suggestion.Length.Should().BeLessThanOrEqualTo(2048);
    }
}
