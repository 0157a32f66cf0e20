using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Redis;
using LipSync.Sdk.ScaleOut;
using LipSync.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Workers;

/// <summary>How the demo runs.</summary>
public sealed record WorkersRunOptions
{
    public int Workers { get; init; } = 4;

    public int Jobs { get; init; } = 200;

    /// <summary>The emulated account's plan concurrency K (Sync counts PENDING + PROCESSING).</summary>
    public int Concurrency { get; init; } = 3;

    /// <summary>A Redis configuration string; null starts an embedded Garnet server.</summary>
    public string? Redis { get; init; }

    /// <summary>Kill one worker between the provider accepting its job and the journal recording it, then resume it.</summary>
    public bool KillOne { get; init; } = true;

    /// <summary>How long each job runs on the emulator's clock.</summary>
    public TimeSpan JobDuration { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How often the timeline prints a line.</summary>
    public TimeSpan TimelineInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    public static WorkersRunOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new WorkersRunOptions
        {
            Workers = Number("--workers", 4),
            Jobs = Number("--jobs", 200),
            Concurrency = Number("--concurrency", 3),
            Redis = Value("--redis") ?? Environment.GetEnvironmentVariable("LIPSYNC_REDIS"),
            KillOne = !args.Contains("--no-kill"),
        };
    }
}

/// <summary>What the emulator saw.</summary>
public sealed record WorkersRunResult(
    int WorkItems, int Completed, int CreatedJobs, int PeakRunningJobs, int Concurrency, int ConcurrencyRejections, int Polls,
    int WebhooksPublished, bool KilledMidSubmit, int ResumedWorkItems, int WorkerProcesses)
{
    /// <summary>Jobs created beyond one per work item: a paid duplicate each.</summary>
    public int DuplicateJobs => CreatedJobs - WorkItems;

    public bool Succeeded => Completed == WorkItems && DuplicateJobs == 0 && PeakRunningJobs <= Concurrency && ConcurrencyRejections == 0;
}

/// <summary>
/// The demo: one Sync emulator account with plan concurrency K (429 concurrency_limit_reached beyond it) that sends
/// signed webhooks to this process's endpoint, which publishes them to Redis; N worker processes share the account's
/// slots, rate limits and journal through Redis and wait on webhooks. Prints the running jobs over time.
/// </summary>
public static class WorkersRun
{
    private const string WebhookSecret = "whsec_workers_demo";

    public static async Task<WorkersRunResult> RunAsync(WorkersRunOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        using var embedded = options.Redis is null ? EmbeddedRedisServer.Start() : null;
        var redis = options.Redis ?? embedded!.ConnectionString;
        var prefix = $"workers:{Guid.NewGuid():N}:";
        output.WriteLine($"Redis: {(embedded is null ? redis : $"embedded Garnet on {redis}")}; {options.Workers} workers, {options.Jobs} jobs, plan concurrency {options.Concurrency}");

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        using var backend = new RedisScaleOutBackend(connection, new RedisScaleOutOptions { KeyPrefix = prefix });
        var published = new PublishCounter(backend.Updates);
        var receiver = await StartWebhookReceiverAsync(published);
        await using var stopReceiver = receiver;
        var emulatorOptions = new SyncEmulatorOptions { JobDuration = options.JobDuration, ConcurrencyLimit = options.Concurrency };
        emulatorOptions.Webhooks.Url = new Uri(ReceiverAddress(receiver), "webhooks/sync");
        emulatorOptions.Webhooks.Secret = WebhookSecret;
        await using var emulator = await SyncEmulator.StartAsync(emulatorOptions, cancellationToken);

        using var stopTimeline = new CancellationTokenSource();
        var timeline = PrintTimelineAsync(emulator, options, output, stopTimeline.Token);
        var started = Stopwatch.GetTimestamp();
        WorkerArguments Worker(int index, int first, int count, bool die = false, bool resume = false) =>
            new(index, redis, prefix, emulator.BaseAddress, options.Concurrency, first, count, die, resume);

        var killed = false;
        var resumed = 0;
        var processes = 0;
        if (options.KillOne)
        {
            // One extra work item (index Jobs) is accepted by the provider and never journaled: its worker is killed,
            // and a new worker resumes whatever the journal holds unfinished before the others start.
            killed = await KillMidSubmitAsync(Worker(0, options.Jobs, 1, die: true), output, cancellationToken);
            resumed = (await RunWorkerAsync(Worker(options.Workers + 1, 0, 0, resume: true), output, cancellationToken))?.Completed ?? 0;
            processes += 2;
        }

        var share = (options.Jobs + options.Workers - 1) / options.Workers;
        var summaries = await Task.WhenAll(Enumerable.Range(0, options.Workers)
            .Select(i => Worker(i + 1, i * share, Math.Max(0, Math.Min(share, options.Jobs - (i * share)))))
            .Select(worker => RunWorkerAsync(worker, output, cancellationToken)));
        processes += summaries.Length;
        await stopTimeline.CancelAsync();
        await timeline;

        var result = new WorkersRunResult(
            options.Jobs + (options.KillOne ? 1 : 0), summaries.Sum(s => s?.Completed ?? 0) + resumed, emulator.CreatedJobCount,
            emulator.PeakRunningJobs, options.Concurrency, emulator.ConcurrencyRejections, emulator.RequestsTo("GET", "/v2/generate/").Count,
            published.Count, killed, resumed, processes);
        output.WriteLine($"""
            {processes} worker processes in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s: {result.Completed}/{result.WorkItems} work items completed{(killed ? $" (one worker killed mid-submit; {resumed} resumed from the journal)" : string.Empty)}
              sync: jobs created {result.CreatedJobs} (duplicates {result.DuplicateJobs}), peak running {result.PeakRunningJobs} of plan {result.Concurrency}, 429 concurrency_limit_reached {result.ConcurrencyRejections}
              waits: {result.WebhooksPublished} webhooks published through Redis, {result.Polls} status polls
            {(result.Succeeded ? "OK" : "FAILED")}
            """);
        return result;
    }

    private static async Task<WorkerSummary?> RunWorkerAsync(WorkerArguments worker, TextWriter output, CancellationToken cancellationToken)
    {
        using var process = StartWorker(worker);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        WorkerSummary? summary = null;
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith('{'))
            {
                summary = JsonSerializer.Deserialize(line, WorkersJson.Default.WorkerSummary);
            }
        }

        await process.WaitForExitAsync(cancellationToken);
        if (await stderr is { Length: > 0 } errors)
        {
            output.WriteLine($"worker {worker.Index} (pid {process.Id}) stderr: {errors.Trim()}");
        }

        output.WriteLine($"worker {worker.Index} (pid {process.Id}){(worker.Resume ? " resuming the journal" : string.Empty)}: {summary?.Completed ?? 0}/{summary?.Jobs ?? 0} completed, exit {process.ExitCode}");
        return summary;
    }

    private static async Task<bool> KillMidSubmitAsync(WorkerArguments worker, TextWriter output, CancellationToken cancellationToken)
    {
        using var process = StartWorker(worker);
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(WorkerProcess.AcceptedUnrecordedLine, StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(cancellationToken);
                output.WriteLine($"worker {worker.Index} (pid {process.Id}) killed after the provider accepted {line.Split(' ')[1]}, before the journal recorded it");
                return true;
            }
        }

        await process.WaitForExitAsync(cancellationToken);
        output.WriteLine($"worker {worker.Index} (pid {process.Id}) ended (exit {process.ExitCode}) before reaching the kill point: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
        return false;
    }

    // Runs this same assembly in worker mode. Loaded by another app (a test run), it borrows that app's runtime
    // configuration and dependency graph, which include everything the worker needs.
    private static Process StartWorker(WorkerArguments worker)
    {
        var dll = typeof(WorkersRun).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        if (!File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")) && Assembly.GetEntryAssembly()?.Location is { Length: > 0 } entry)
        {
            start.ArgumentList.Add("--runtimeconfig");
            start.ArgumentList.Add(Path.ChangeExtension(entry, ".runtimeconfig.json"));
            start.ArgumentList.Add("--depsfile");
            start.ArgumentList.Add(Path.ChangeExtension(entry, ".deps.json"));
        }

        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(WorkerProcess.Verb);
        foreach (var argument in worker.ToArgs())
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start.");
    }

    private static async Task PrintTimelineAsync(SyncEmulator emulator, WorkersRunOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var tick = new PeriodicTimer(options.TimelineInterval);
        try
        {
            while (await tick.WaitForNextTickAsync(cancellationToken))
            {
                var running = emulator.RunningJobs;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Stopwatch.GetElapsedTime(started).TotalSeconds,6:0.0}s  sync {new string('#', running),-8} running {running}/{options.Concurrency}  peak {emulator.PeakRunningJobs}  created {emulator.CreatedJobCount}"));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<WebApplication> StartWebhookReceiverAsync(IJobUpdateBus bus)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapJobUpdateWebhook("/webhooks/sync", JobWebhookReader.Sync(new SyncWebhookVerifier(WebhookSecret)), new JobWebhookFanIn(bus));
        await app.StartAsync();
        return app;
    }

    private static Uri ReceiverAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");

    // Counts the webhook updates this endpoint published (redeliveries excluded).
    private sealed class PublishCounter(IJobUpdateBus inner) : IJobUpdateBus
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public async Task<bool> PublishAsync(JobUpdate update, CancellationToken cancellationToken = default)
        {
            var published = await inner.PublishAsync(update, cancellationToken);
            if (published)
            {
                Interlocked.Increment(ref _count);
            }

            return published;
        }

        public Task<IAsyncDisposable> SubscribeAsync(Action<JobUpdate> handler, CancellationToken cancellationToken = default) => inner.SubscribeAsync(handler, cancellationToken);

        public Task<JobUpdate?> FindTerminalAsync(string provider, string jobId, CancellationToken cancellationToken = default) => inner.FindTerminalAsync(provider, jobId, cancellationToken);
    }
}
