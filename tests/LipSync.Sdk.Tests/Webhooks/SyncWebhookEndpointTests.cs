using System.Net;
using System.Text;
using LipSync.Sdk.Providers.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Tests.Webhooks;

/// <summary>The ASP.NET Core receiver (LipSync.Sdk.AspNetCore) on a real loopback Kestrel.</summary>
public sealed class SyncWebhookEndpointTests
{
    private const string Secret = "whsec_endpoint_test";

    [Fact]
    public async Task The_endpoint_hands_authentic_events_to_the_handler_and_answers_400_otherwise()
    {
        var received = new List<LipSyncJob>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.MapSyncWebhook("/webhooks/sync", new SyncWebhookVerifier(Secret), (e, _) =>
        {
            received.Add(e.ToJob()!);
            return Task.CompletedTask;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var body = """{"id":"gen-9","status":"COMPLETED","model":"lipsync-2","input":[],"outputUrl":"https://cdn.example.com/o.mp4"}""";

        using var good = await Post(http, body, SyncWebhookVerifier.Sign(Encoding.UTF8.GetBytes(body), Secret, DateTimeOffset.UtcNow));
        using var forged = await Post(http, body, SyncWebhookVerifier.Sign(Encoding.UTF8.GetBytes(body), "whsec_wrong", DateTimeOffset.UtcNow));
        using var unsigned = await Post(http, body, null);

        good.StatusCode.Should().Be(HttpStatusCode.OK);
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unsigned.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        received.Should().ContainSingle().Which.Status.Should().Be(JobStatus.Completed);
        await app.StopAsync();
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/sync") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add(SyncWebhookVerifier.SignatureHeader, signature);
        }

        return http.SendAsync(request);
    }
}
