using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LipSync.Sdk.Testing;

// Job-end webhooks (Sync-Signature), clock-driven job completion and the plan's concurrency limit.
public sealed partial class SyncEmulator
{
    private WebhookSender? _webhookSender;
    private TimeSpan? _jobDuration;

    /// <summary>Where and how job-end webhooks are sent, with faults; see <see cref="SyncEmulatorOptions.Webhooks"/>.</summary>
    public WebhookDeliveryOptions Webhooks { get; private set; } = new();

    /// <summary>Every webhook request sent or dropped so far, in order.</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries => _webhookSender?.Deliveries ?? [];

    /// <summary>The plan's concurrency (<see cref="SyncEmulatorOptions.ConcurrencyLimit"/>); null for unlimited. Can be changed at any time.</summary>
    public int? ConcurrencyLimit
    {
        get => _store.ConcurrencyLimit;
        set => _store.ConcurrencyLimit = value;
    }

    /// <summary>The most generations that were <c>PENDING</c>/<c>PROCESSING</c> at once (tracked while a concurrency limit is set).</summary>
    public int PeakRunningJobs => _store.PeakRunningJobs;

    /// <summary>How many creates were refused with 429 <c>concurrency_limit_reached</c>.</summary>
    public int ConcurrencyRejections => _store.ConcurrencyRejections;

    /// <summary>How many generations are <c>PENDING</c> or <c>PROCESSING</c> now.</summary>
    public int RunningJobs => _store.RunningJobs;

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore()
    {
        if (_webhookSender is { } sender)
        {
            await sender.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void InitializeWebhooks(SyncEmulatorOptions options)
    {
        Webhooks = options.Webhooks;
        _jobDuration = options.JobDuration;
        _store.ClockDriven = options.JobDuration is not null;
        _store.ConcurrencyLimit = options.ConcurrencyLimit;
        _webhookSender = new WebhookSender(options.Webhooks, TimeProvider, WebhookSigners.Sync);
        _store.Finished = SendJobEndedWebhook;
    }

    // Sync sends the Generation object when a generation ends; it names no event id, so one is made for the log.
    private void SendJobEndedWebhook(SyncJobState job)
    {
        var generation = SyncGenerationJson.ToJson(job, progressPercent: null);
        var stale = (JsonObject)generation.DeepClone();
        stale["status"] = SyncStatuses.Processing;
        stale["outputUrl"] = null;
        stale["outputDuration"] = null;
        var requestUrl = job.Request["webhookUrl"]?.GetValue<string>() is { } url && Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null;
        _webhookSender?.Send(
            job.Id, requestUrl, $"{job.Id}:{job.Status}", Encoding.UTF8.GetBytes(generation.ToJsonString()),
            $"{job.Id}:{SyncStatuses.Processing}", Encoding.UTF8.GetBytes(stale.ToJsonString()));
    }

    // After a create: a clock-driven job finishes after JobDuration on the emulator's clock.
    private void ScheduleClockFinish(string id)
    {
        if (_jobDuration is { } duration)
        {
            _ = Task.Delay(duration, TimeProvider).ContinueWith(_ => _store.FinishByClock(id), TaskScheduler.Default);
        }
    }

    private static Task WriteConcurrencyLimitedAsync(HttpContext context, JsonObject? counts) =>
        WriteJsonAsync(context, StatusCodes.Status429TooManyRequests, JsonNode.Parse(SyncErrorBodies.ConcurrencyLimitReached(
            retryAfterSeconds: 5,
            activeGenerations: counts?["activeGenerations"]?.GetValue<int>() ?? 1,
            concurrencyLimit: counts?["concurrencyLimit"]?.GetValue<int>() ?? 1)));
}
