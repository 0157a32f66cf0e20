using System.Text;
using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

// Job-end webhooks (X-AudioSpliter-Signature), sent by the shared WebhookSender like the other emulators'.
public sealed partial class AudioSpliterEmulator
{
    private readonly WebhookSender _webhookSender;

    /// <summary>Where and how job-end webhooks are sent, with faults; see <see cref="AudioSpliterEmulatorOptions.Webhooks"/>.</summary>
    public WebhookDeliveryOptions Webhooks => _options.Webhooks;

    /// <summary>Every webhook request sent or dropped so far, in order.</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries => _webhookSender.Deliveries;

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore() => _webhookSender.DisposeAsync();

    // AudioSpliter's event: {event: "job.completed"|"job.failed", jobId, timestamp, data: the job as GET /splits/{id}
    // shows it}, named by a delivery id; the stale predecessor of an out-of-order fault is a job.progress event.
    // Called under the lock (must not block).
    private void SendJobEndedWebhook(JobState job)
    {
        var timestamp = TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var ended = new JsonObject
        {
            ["event"] = job.Status == "completed" ? "job.completed" : "job.failed",
            ["jobId"] = job.Id,
            ["timestamp"] = timestamp,
            ["data"] = ToJson(job),
        };
        var stale = new JsonObject
        {
            ["event"] = "job.progress",
            ["jobId"] = job.Id,
            ["timestamp"] = timestamp,
            ["data"] = new JsonObject { ["progress"] = 50 },
        };
        _webhookSender.Send(
            job.Id, requestUrl: null, "dlv_" + Guid.NewGuid().ToString("N"), Encoding.UTF8.GetBytes(ended.ToJsonString()),
            "dlv_" + Guid.NewGuid().ToString("N"), Encoding.UTF8.GetBytes(stale.ToJsonString()));
    }
}
