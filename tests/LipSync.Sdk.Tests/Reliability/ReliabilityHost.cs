using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Reliability.Adapters;
using LipSync.Sdk.Tests.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Tests.Reliability;

/// <summary>
/// One provider's emulator plus the SDK wired the way an application wires it (DI, <c>AddLipSyncClient</c>, logging at
/// Trace into a capturing provider), on a manual clock: backoff and hints up to 61 s fire at once; the 100 s attempt
/// timeout fires only when a test advances the clock (see <see cref="RunAsync{T}"/>). A response-read counter sits in
/// the SDK's HttpClient.
/// </summary>
internal sealed class ReliabilityHost : IAsyncDisposable
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(100);

    private readonly ServiceProvider _services;

    private ReliabilityHost(ProviderAdapter adapter, LoopbackEmulator? emulator, ManualTimeProvider time, ServiceProvider services,
        CapturingLoggerProvider logs, ResponseReadCounter reads)
    {
        Adapter = adapter;
        Emulator = emulator;
        Time = time;
        _services = services;
        Logs = logs;
        Reads = reads;
        Sdk = services.GetRequiredService<ILipSyncClientFactory>();
    }

    public ProviderAdapter Adapter { get; }

    /// <summary>The emulator, or null when the host points at a closed port.</summary>
    public LoopbackEmulator? Emulator { get; }

    public ManualTimeProvider Time { get; }

    public ILipSyncClientFactory Sdk { get; }

    public CapturingLoggerProvider Logs { get; }

    public ResponseReadCounter Reads { get; }

    /// <summary>Backoff and hint delays (timeout timers filtered out).</summary>
    public IReadOnlyList<TimeSpan> Delays => Time.RecordedDelays.Where(d => d < TimeSpan.FromSeconds(90)).ToList();

    public static async Task<ReliabilityHost> StartAsync(
        ProviderAdapter adapter, int pollsUntilDone = 2, TimeProvider? clock = null, Action<LipSyncOptions>? configure = null)
    {
        var emulator = await adapter.StartEmulatorAsync(pollsUntilDone);
        return Create(adapter, emulator, adapter.ApiBase(emulator.BaseAddress), clock, configure);
    }

    /// <summary>A host whose SDK points at a loopback port nobody listens on (connection refused).</summary>
    public static ReliabilityHost StartRefused(ProviderAdapter adapter)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return Create(adapter, null, adapter.ApiBase(new Uri($"http://127.0.0.1:{port}/")), null, null);
    }

    private static ReliabilityHost Create(
        ProviderAdapter adapter, LoopbackEmulator? emulator, Uri baseAddress, TimeProvider? clock, Action<LipSyncOptions>? configure)
    {
        var time = new ManualTimeProvider(autoAdvance: true) { AutoAdvanceMaxDueTime = TimeSpan.FromSeconds(61) };
        var logs = new CapturingLoggerProvider();
        var reads = new ResponseReadCounter();
        var services = new ServiceCollection()
            .AddSingleton(clock ?? time)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddLipSyncClient(o =>
            {
                o.DefaultProvider = adapter.Name;
                o.AttemptTimeout = AttemptTimeout;
                o.TotalTimeout = TimeSpan.FromMinutes(10);
                o.Retry.UseJitter = false;
                o.AddProvider(adapter.Name, p =>
                {
                    p.ApiKey = adapter.ApiKey;
                    p.BaseAddress = baseAddress;
                });
                configure?.Invoke(o);
            }).Services;
        services.AddHttpClient(LipSyncClientFactory.HttpClientName(adapter.Name)).AddHttpMessageHandler(() => reads);
        return new ReliabilityHost(adapter, emulator, time, services.BuildServiceProvider(), logs, reads);
    }

    /// <summary>
    /// Runs <paramref name="call"/> to its end. Each time a request stalled by a fault reaches the emulator, the manual
    /// clock jumps past the attempt timeout, so a stall costs no real time.
    /// </summary>
    public async Task<(T? Result, Exception? Error)> RunAsync<T>(Func<Task<T>> call)
    {
        var task = Task.Run(call);
        var released = 0;
        while (!task.IsCompleted)
        {
            // Wake on whichever comes first: the call ending, or one more request stalling at the emulator.
            var stalled = Emulator?.WaitForRequestsAsync(r => r.Fault?.Kind == FaultKind.Stall, released + 1) ?? new TaskCompletionSource().Task;
            var first = await Task.WhenAny(task, stalled).WaitAsync(ObservedClock.HangGuard);
            if (first == stalled)
            {
                released++;
                Time.Advance(AttemptTimeout);
            }
        }

        try
        {
            return (await task, null);
        }
        catch (Exception ex)
        {
            return (default, ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }
}
