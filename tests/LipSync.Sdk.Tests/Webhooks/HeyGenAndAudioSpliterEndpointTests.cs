using System.Globalization;
using System.Net;
using System.Text;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Tests.Webhooks;

/// <summary>
/// Issue 11 docs: heygen.md showed <c>VerifyAndParse(rawBody, request.Headers)</c>, which does not compile with ASP.NET
/// Core's headers. <c>MapHeyGenWebhook</c> and <c>MapAudioSpliterWebhook</c> do the raw-body verification for you, on
/// a real loopback Kestrel here: authentic deliveries reach the handler, forged and unsigned ones get 400.
/// </summary>
public sealed class HeyGenAndAudioSpliterEndpointTests
{
    private const string Secret = "whsec_endpoint_test";
    private static readonly ManualTimeProvider Clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task MapHeyGenWebhook_hands_authentic_events_to_the_handler_and_answers_400_otherwise()
    {
        var received = new List<HeyGenWebhookEvent>();
        await using var app = await StartAsync(a => a.MapHeyGenWebhook("/webhooks/heygen", new HeyGenWebhookVerifier(Secret, timeProvider: Clock), (e, _) =>
        {
            received.Add(e);
            return Task.CompletedTask;
        }));
        using var http = Client(app);
        var body = """{"event_type":"avatar_video.success","event_data":{"video_id":"v_1","url":"https://cdn.example.com/v.mp4","callback_id":"order-7"}}""";
        var now = Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var good = await Post(http, "webhooks/heygen", body, (HeyGenWebhookVerifier.SignatureHeader, HeyGenWebhookVerifier.Sign(Encoding.UTF8.GetBytes(body), Secret)), (HeyGenWebhookVerifier.TimestampHeader, now));
        using var forged = await Post(http, "webhooks/heygen", body, (HeyGenWebhookVerifier.SignatureHeader, HeyGenWebhookVerifier.Sign(Encoding.UTF8.GetBytes(body), "whsec_wrong")), (HeyGenWebhookVerifier.TimestampHeader, now));
        using var unsigned = await Post(http, "webhooks/heygen", body);

        good.StatusCode.Should().Be(HttpStatusCode.OK);
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unsigned.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        received.Should().ContainSingle().Which.ToJob()!.ClientReference.Should().Be("order-7");
    }

    [Fact]
    public async Task MapAudioSpliterWebhook_hands_authentic_events_to_the_handler_and_answers_400_otherwise()
    {
        var received = new List<AudioSpliterWebhookEvent>();
        await using var app = await StartAsync(a => a.MapAudioSpliterWebhook("/webhooks/audiospliter", new AudioSpliterWebhookVerifier(Secret, timeProvider: Clock), (e, _) =>
        {
            received.Add(e);
            return Task.CompletedTask;
        }));
        using var http = Client(app);
        var body = "{\"event\":\"job.failed\",\"jobId\":\"job_9\",\"timestamp\":\"" + Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)
            + "\",\"data\":{\"error\":{\"code\":\"INVALID_AUDIO\",\"message\":\"Cannot decode\"}}}";

        using var good = await Post(http, "webhooks/audiospliter", body, (AudioSpliterWebhookVerifier.SignatureHeader, AudioSpliterWebhookVerifier.Sign(Encoding.UTF8.GetBytes(body), Secret)));
        using var forged = await Post(http, "webhooks/audiospliter", body, (AudioSpliterWebhookVerifier.SignatureHeader, AudioSpliterWebhookVerifier.Sign(Encoding.UTF8.GetBytes(body), "whsec_wrong")));
        using var unsigned = await Post(http, "webhooks/audiospliter", body);

        good.StatusCode.Should().Be(HttpStatusCode.OK);
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unsigned.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        received.Should().ContainSingle().Which.JobId.Should().Be("job_9");
    }

    private static async Task<WebApplication> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app) =>
        new() { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()) };

    private static Task<HttpResponseMessage> Post(HttpClient http, string path, string body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return http.SendAsync(request);
    }
}
