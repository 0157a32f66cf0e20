using System.Net;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.ScaleOut;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Tests.ScaleOut;

/// <summary>
/// The webhook endpoint of one instance on loopback Kestrel (MapJobUpdateWebhook), publishing to its own bus, which
/// counts what it published and what it dropped as a redelivery.
/// </summary>
internal sealed class WebhookReceiverHost : IAsyncDisposable
{
    public const string Secret = "whsec_scaleout_tests";
    private readonly WebApplication _app;

    private WebhookReceiverHost(WebApplication app, CountingJobUpdateBus bus, Uri url)
    {
        _app = app;
        Bus = bus;
        Url = url;
    }

    public CountingJobUpdateBus Bus { get; }

    /// <summary>Where the provider's deliveries go: <c>/webhooks/{provider}</c>.</summary>
    public Uri Url { get; }

    public Uri SyncUrl => Url;

    public static Task<WebhookReceiverHost> StartAsync(IJobUpdateBus bus) => StartAsync(bus, JobWebhookReader.Sync(new SyncWebhookVerifier(Secret)));

    public static async Task<WebhookReceiverHost> StartAsync(IJobUpdateBus bus, JobWebhookReader reader)
    {
        var counting = new CountingJobUpdateBus(bus);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var path = $"webhooks/{reader.Provider}";
        app.MapJobUpdateWebhook("/" + path, reader, new JobWebhookFanIn(counting));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new WebhookReceiverHost(app, counting, new Uri(new Uri(address + "/"), path));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A bus that counts publishes and dropped redeliveries, and signals each.</summary>
internal sealed class CountingJobUpdateBus(IJobUpdateBus inner) : IJobUpdateBus
{
    private int _published;
    private int _duplicates;

    public int Published => Volatile.Read(ref _published);

    public int Duplicates => Volatile.Read(ref _duplicates);

    public TaskCompletionSource FirstDuplicate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<int, bool>? PublishedWatch { get; set; }

    public TaskCompletionSource PublishedReached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<bool> PublishAsync(JobUpdate update, CancellationToken cancellationToken = default)
    {
        var published = await inner.PublishAsync(update, cancellationToken);
        if (published)
        {
            var count = Interlocked.Increment(ref _published);
            if (PublishedWatch?.Invoke(count) == true)
            {
                PublishedReached.TrySetResult();
            }
        }
        else
        {
            Interlocked.Increment(ref _duplicates);
            FirstDuplicate.TrySetResult();
        }

        return published;
    }

    public Task<IAsyncDisposable> SubscribeAsync(Action<JobUpdate> handler, CancellationToken cancellationToken = default) =>
        inner.SubscribeAsync(handler, cancellationToken);

    public Task<JobUpdate?> FindTerminalAsync(string provider, string jobId, CancellationToken cancellationToken = default) =>
        inner.FindTerminalAsync(provider, jobId, cancellationToken);
}
