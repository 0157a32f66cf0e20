using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Tests.Hostile;

namespace LipSync.Sdk.Tests.HeyGen;

/// <summary>
/// What IHeyGenApi puts on the wire, byte for byte where it matters: ids and query values escaped once (as
/// <see cref="Uri.EscapeDataString(string)"/> does, the hand-built paths' rule), nothing sent for unset list options, and
/// body-less POST and DELETE calls with <c>Content-Length: 0</c>, JSON bodies as plain <c>application/json</c>.
/// </summary>
public sealed class HeyGenRequestLineTests
{
    private const string OddId = "a/b c+%é";
    private const string OddToken = "t/+=&?#";

    [Fact]
    public async Task Ids_and_query_values_are_escaped_once_into_the_request_line()
    {
        await using var server = new RawHttpServer(RawHttpServer.Response(
            "HTTP/1.1 404 Not Found", [], """{"error":{"code":"not_found","message":"no such thing"}}"""));
        using var client = new HeyGenClient(
            new LipSyncProviderOptions { ApiKey = "hg-test-request-lines", BaseAddress = server.BaseAddress, Retry = new LipSyncRetryOptions { MaxRetries = 0 } },
            ProviderHarness.NewClock());

        await FluentActions.Awaiting(() => client.GetLipsyncAsync(OddId)).Should().ThrowAsync<LipSyncException>();
        await FluentActions.Awaiting(() => client.GetVideoTranslationAsync(OddId)).Should().ThrowAsync<LipSyncException>();
        await FluentActions.Awaiting(() => client.RotateWebhookSecretAsync(OddId, "key-1")).Should().ThrowAsync<LipSyncException>();
        await FluentActions.Awaiting(() => client.GetLegacyVideoStatusAsync(OddId)).Should().ThrowAsync<LipSyncException>();
        await FluentActions.Awaiting(() => client.GetLipsyncsPageAsync(new HeyGenListOptions { Limit = 5, Token = OddToken })).Should().ThrowAsync<LipSyncException>();
        await FluentActions.Awaiting(() => client.GetVideosPageAsync(new HeyGenListOptions { Token = OddToken })).Should().ThrowAsync<LipSyncException>();
        await FluentActions.Awaiting(() => client.GetWebhookEndpointsPageAsync(new HeyGenListOptions { Token = "" })).Should().ThrowAsync<LipSyncException>();

        var id = Uri.EscapeDataString(OddId);
        var token = Uri.EscapeDataString(OddToken);
        server.RequestLines.Should().Equal(
            $"GET /v3/lipsyncs/{id} HTTP/1.1",
            $"GET /v3/video-translations/{id} HTTP/1.1",
            $"POST /v3/webhooks/endpoints/{id}/rotate-secret HTTP/1.1",
            $"GET /v1/video_status.get?video_id={id} HTTP/1.1",
            $"GET /v3/lipsyncs?limit=5&token={token} HTTP/1.1",
            $"GET /v3/videos?token={token} HTTP/1.1",
            "GET /v3/webhooks/endpoints HTTP/1.1");
    }

    [Fact]
    public async Task Body_less_calls_declare_an_empty_body_and_json_calls_declare_json()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var created = await h.Native.CreateLipsyncAsync(HeyGenHarness.NativeRequest());
        var endpoint = await h.Native.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = "https://hooks.example.com/h" });

        await h.Native.RotateWebhookSecretAsync(endpoint.EndpointId, "rotate-1");
        await h.Native.DeleteWebhookEndpointAsync(endpoint.EndpointId);
        await h.Native.DeleteLipsyncAsync(created.LipsyncId);

        var rotate = h.Emulator.RequestsTo("POST", $"/v3/webhooks/endpoints/{endpoint.EndpointId}/rotate-secret").Single();
        rotate.Header("Content-Length").Should().Be("0");
        rotate.Header("Content-Type").Should().BeNull();
        rotate.Header("Idempotency-Key").Should().Be("rotate-1");
        h.Emulator.RequestsTo("DELETE", $"/v3/webhooks/endpoints/{endpoint.EndpointId}").Single().Header("Content-Length").Should().Be("0");
        h.Emulator.RequestsTo("DELETE", "/v3/lipsyncs/" + created.LipsyncId).Single().Header("Content-Length").Should().Be("0");
        var create = h.Emulator.RequestsTo("POST", "/v3/lipsyncs").Single();
        create.Header("Content-Type").Should().Be("application/json", "as the hand-built requests declared it: JSON has no charset parameter");
        create.Header("Content-Length").Should().Be(create.BodyText.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
