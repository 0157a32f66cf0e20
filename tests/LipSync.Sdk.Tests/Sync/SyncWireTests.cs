using System.Text.Json.Nodes;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Sync;

/// <summary>What goes over the wire to Sync, byte for byte where it matters.</summary>
public sealed class SyncWireTests
{
    [Fact]
    public async Task Neutral_submit_sends_the_documented_create_body()
    {
        await using var h = await SyncHarness.StartAsync();

        await h.Client.SubmitAsync(SyncHarness.Request());

        var request = h.Emulator.RequestsTo("POST", "/v2/generate").Single();
        request.Path.Should().Be("/v2/generate");
        request.Header("Content-Type").Should().StartWith("application/json");
        var body = JsonNode.Parse(request.BodyText)!.AsObject();
        body.Select(p => p.Key).Should().BeEquivalentTo("model", "input");
        body["model"]!.GetValue<string>().Should().Be("lipsync-2");
        body["input"]!.ToJsonString().Should().Be(
            """[{"type":"video","url":"https://assets.example.com/speaker.mp4"},{"type":"audio","url":"https://assets.example.com/speech.wav"}]""");
    }

    [Fact]
    public async Task Provider_options_webhook_and_assets_use_sync_wire_names()
    {
        await using var h = await SyncHarness.StartAsync();

        await h.Client.SubmitAsync(new LipSyncRequest
        {
            Video = MediaSource.FromProviderAsset("asset-video-1"),
            Audio = MediaSource.FromProviderAsset("asset-audio-1"),
            WebhookUrl = new Uri("https://hooks.example.com/sync"),
            ProviderOptions = new JsonObject
            {
                ["sync_mode"] = "cut_off",
                ["temperature"] = 0.7,
                ["active_speaker_detection"] = new JsonObject { ["auto_detect"] = true },
            },
        });

        var body = JsonNode.Parse(h.Emulator.RequestsTo("POST", "/v2/generate").Single().BodyText)!;
        body["input"]!.ToJsonString().Should().Be("""[{"type":"video","assetId":"asset-video-1"},{"type":"audio","assetId":"asset-audio-1"}]""");
        body["webhookUrl"]!.GetValue<string>().Should().Be("https://hooks.example.com/sync");
        body["options"]!.ToJsonString().Should().Be("""{"sync_mode":"cut_off","temperature":0.7,"active_speaker_detection":{"auto_detect":true}}""");
    }

    [Fact]
    public async Task Native_create_sends_output_file_name_segments_and_unknown_fields()
    {
        await using var h = await SyncHarness.StartAsync();
        var request = new CreateGenerationRequest
        {
            Model = SyncModels.Lipsync2Pro,
            Input =
            [
                GenerationInput.Video(new Uri("https://x.example/v.mp4")),
                GenerationInput.Audio(new Uri("https://x.example/a.wav"), refId: "a1"),
            ],
            OutputFileName = "my_custom_output",
            Segments = [new GenerationSegment { StartTime = 0, EndTime = 2.5, AudioInput = new SegmentAudioInput { RefId = "a1" } }],
            Options = new GenerationOptions { SyncMode = SyncModes.Loop, OcclusionDetectionEnabled = true },
        };

        var generation = await h.Native.CreateGenerationAsync(request, "key-1");

        generation.Status.Should().Be(GenerationStatuses.Pending);
        var body = JsonNode.Parse(h.Emulator.RequestsTo("POST", "/v2/generate").Single().BodyText)!;
        body["outputFileName"]!.GetValue<string>().Should().Be("my_custom_output");
        body["segments"]!.ToJsonString().Should().Be("""[{"startTime":0,"endTime":2.5,"audioInput":{"refId":"a1"}}]""");
        body["options"]!.ToJsonString().Should().Be("""{"sync_mode":"loop","occlusion_detection_enabled":true}""");
        body["input"]![1]!["refId"]!.GetValue<string>().Should().Be("a1");
    }

    [Fact]
    public async Task Api_key_goes_in_x_api_key_only_and_a_user_agent_is_sent()
    {
        await using var h = await SyncHarness.StartAsync();
        await h.Native.ListModelsAsync();

        var request = h.Emulator.Requests.Single();
        request.Header("x-api-key").Should().Be(SyncHarness.ApiKey);
        request.Header("Authorization").Should().BeNull();
        request.Header("User-Agent").Should().StartWith("LipSync.Sdk/");
    }

    [Fact]
    public async Task Get_encodes_the_id_in_the_path()
    {
        await using var h = await SyncHarness.StartAsync();
        var act = () => h.Native.GetGenerationAsync("a/b c");

        (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which.ErrorCode.Should().Be("generation_not_found");
        // Kestrel decodes %20 but keeps %2F: the slash stayed inside the id segment.
        h.Emulator.Requests.Single().Path.Should().Be("/v2/generate/a%2Fb c");
    }

    [Fact]
    public async Task List_pages_with_limit_and_cursor_until_a_short_page()
    {
        await using var h = await SyncHarness.StartAsync();
        for (var i = 0; i < 230; i++)
        {
            h.Emulator.AddJob(createdAt: DateTimeOffset.UnixEpoch.AddMinutes(i));
        }

        var jobs = await h.Client.ListJobsAsync().ToListAsync();

        jobs.Should().HaveCount(230);
        jobs.Select(j => j.Id).Should().OnlyHaveUniqueItems();
        jobs.Should().OnlyContain(j => j.Status == JobStatus.Completed && j.Provider == "sync");
        var pages = h.Emulator.RequestsTo("GET", "/v2/generations");
        pages.Should().HaveCount(3);
        pages[0].QueryString.Should().Be("?limit=100");
        pages[1].QueryString.Should().Be($"?limit=100&cursor={jobs[99].Id}");
        pages[2].QueryString.Should().Be($"?limit=100&cursor={jobs[199].Id}");
    }

    [Fact]
    public async Task List_filters_are_comma_separated()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.AddJob("COMPLETED");
        h.Emulator.AddJob("FAILED");
        h.Emulator.AddJob("PROCESSING");

        var page = await h.Native.GetGenerationsPageAsync(new ListGenerationsOptions { Statuses = ["COMPLETED", "FAILED"], Limit = 10 });

        page.Select(g => g.Status).Should().BeEquivalentTo("COMPLETED", "FAILED");
        // Refit escapes the comma inside a query value (%2C); the server reads the same comma-separated list.
        Uri.UnescapeDataString(h.Emulator.Requests.Single().QueryString).Should().Be("?status=COMPLETED,FAILED&limit=10");
    }

    [Fact]
    public async Task Models_and_cost_estimates_are_read()
    {
        await using var h = await SyncHarness.StartAsync();

        var models = await h.Native.ListModelsAsync();
        var costs = await h.Native.EstimateCostAsync(new CreateGenerationRequest
        {
            Model = SyncModels.Lipsync2,
            Input = [GenerationInput.Video(new Uri("https://x.example/v.mp4")), GenerationInput.Audio(new Uri("https://x.example/a.wav"))],
        });

        models.Select(m => m.Id).Should().Contain(["lipsync-2", "sync-3"]);
        costs.Should().ContainSingle().Which.EstimatedFrameCount.Should().BeGreaterThan(0);
        h.Emulator.RequestsTo("POST", "/v2/analyze/cost").Single().Header("Idempotency-Key").Should().BeNull();
    }

    [Fact]
    public async Task The_key_never_leaves_for_another_host()
    {
        await using var h = await SyncHarness.StartAsync();
        await using var other = await SyncEmulator.StartAsync();
        var handler = new ApiKeyHandler("sync", "x-api-key", () => SyncHarness.ApiKey, h.Emulator.BaseAddress) { InnerHandler = new SocketsHttpHandler() };
        using var client = new HttpClient(handler);

        await client.GetAsync(new Uri(other.BaseAddress, "v2/models"));
        await client.GetAsync(new Uri(h.Emulator.BaseAddress, "v2/models"));

        other.Requests.Single().Header("x-api-key").Should().BeNull();
        h.Emulator.Requests.Single().Header("x-api-key").Should().Be(SyncHarness.ApiKey);
    }
}
