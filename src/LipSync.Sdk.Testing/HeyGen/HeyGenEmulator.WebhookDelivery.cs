using System.Text;
using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

// Job-end webhooks (Heygen-Signature), sent by the shared WebhookSender like the other emulators'.
public sealed partial class HeyGenEmulator
{
    private WebhookSender? _webhookSender;

    /// <summary>Where and how job-end webhooks are sent, with faults; see <see cref="HeyGenEmulatorOptions.Webhooks"/>.</summary>
    public WebhookDeliveryOptions Webhooks { get; private set; } = new();

    /// <summary>Every webhook request sent or dropped so far, in order.</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries => _webhookSender?.Deliveries ?? [];

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore()
    {
        if (_webhookSender is { } sender)
        {
            await sender.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void InitializeWebhooks(HeyGenEmulatorOptions options)
    {
        Webhooks = options.Webhooks;
        _webhookSender = new WebhookSender(options.Webhooks, TimeProvider, WebhookSigners.HeyGen);
        _store.Finished = SendJobEndedWebhook;
    }

    // HeyGen's event: {event_type: "<family>.success|fail", event_id, event_data: {<job id field>, url | msg, callback_id}}.
    // It sends no progress events, so an out-of-order fault has no stale predecessor to send.
    private void SendJobEndedWebhook(HeyGenJobStore.JobView job)
    {
        var (family, idField) = job.Kind == HeyGenJobKind.Lipsync ? ("lipsync", "lipsync_id") : ("avatar_video", "video_id");
        var succeeded = job.Status == "completed";
        var data = new JsonObject { [idField] = job.Id, ["callback_id"] = job.CallbackId };
        if (succeeded)
        {
            data["url"] = job.OutputUrl;
        }
        else
        {
            data["msg"] = job.FailureMessage;
            data["failure_code"] = job.FailureCode;
        }

        var eventId = Guid.NewGuid().ToString("N");
        var payload = new JsonObject
        {
            ["event_type"] = $"{family}.{(succeeded ? "success" : "fail")}",
            ["event_id"] = eventId,
            ["event_data"] = data,
        };
        _webhookSender?.Send(job.Id, requestUrl: null, eventId, Encoding.UTF8.GetBytes(payload.ToJsonString()));
    }
}
