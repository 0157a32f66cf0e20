using System.Text.Json;
using LipSync.Sdk.Webhooks;

namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// A HeyGen webhook payload: <c>{"event_type": …, "event_data": {…}}</c> (the n8n node reads <c>event</c>, so that
/// spelling is accepted too).
/// </summary>
public sealed class HeyGenWebhookEvent
{
    // Event families whose success/fail ends a job the SDK tracks (notes B8: the lip-sync callback's event is undocumented).
    private static readonly string[] JobFamilies = ["avatar_video", "video_translate", "lipsync"];

    /// <summary>The event, such as <c>avatar_video.success</c> or <c>avatar_video.fail</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>The top-level <c>event_id</c>, when sent (de-duplicate on it or on <c>Heygen-Event-Id</c>).</summary>
    public string? EventId { get; init; }

    /// <summary>The job (<c>event_data.video_id</c>, or <c>video_translate_id</c>, or <c>lipsync_id</c>).</summary>
    public string? VideoId { get; init; }

    /// <summary>The result URL (<c>event_data.url</c>) on success.</summary>
    public string? Url { get; init; }

    /// <summary>The caller's correlation id (<c>event_data.callback_id</c>).</summary>
    public string? CallbackId { get; init; }

    /// <summary>The failure message (<c>msg</c> on avatar videos, <c>message</c> on translations, or <c>failure_message</c>).</summary>
    public string? Message { get; init; }

    /// <summary>
    /// The failure code, when the payload carries one (<c>failure_code</c> as on v3 jobs, or <c>code</c>; numbers are
    /// kept as their text). The documented fail events carry only a message.
    /// </summary>
    public string? FailureCode { get; init; }

    /// <summary>The whole <c>event_data</c> object.</summary>
    public JsonElement EventData { get; init; }

    /// <summary>Whether the event reports a failure (its type ends in <c>.fail</c> or <c>failed</c>).</summary>
    public bool IsFailure => EventType.EndsWith(".fail", StringComparison.OrdinalIgnoreCase) || EventType.EndsWith("failed", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the event reports a success (its type ends in <c>.success</c>).</summary>
    public bool IsSuccess => EventType.EndsWith(".success", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The event as a neutral job update, through <see cref="HeyGenJobMapper"/> and the error catalogue: a success →
    /// <see cref="JobStatus.Completed"/> with <c>url</c> as the output; a failure → <see cref="JobStatus.Failed"/> whose
    /// <see cref="LipSyncJob.Error"/> is classified like a failed job read by polling (code, then the documented
    /// messages); <c>callback_id</c> → <see cref="LipSyncJob.ClientReference"/>. Null for events that are not about a
    /// video, translation or lip-sync job ending (GIFs, captions, avatars, batches...) or carry no job id.
    /// </summary>
    /// <returns>The job, or null.</returns>
    public LipSyncJob? ToJob()
    {
        var family = EventType.Split('.')[0];
        if (string.IsNullOrEmpty(VideoId) || !JobFamilies.Contains(family, StringComparer.OrdinalIgnoreCase) || !(IsSuccess || IsFailure))
        {
            return null;
        }

        return HeyGenJobMapper.ToJob(this);
    }

    /// <summary>Parses a payload (verify it first).</summary>
    /// <param name="rawBody">The body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="LipSyncException">Not a HeyGen webhook payload.</exception>
    public static HeyGenWebhookEvent Parse(ReadOnlySpan<byte> rawBody)
    {
        using var document = WebhookJson.ParseObject(rawBody, "heygen");
        var root = document.RootElement;
        var type = WebhookJson.Text(root, "event_type") ?? WebhookJson.Text(root, "event")
            ?? throw WebhookJson.Invalid("heygen", "no event_type");
        var data = root.TryGetProperty("event_data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Clone() : default;
        return new HeyGenWebhookEvent
        {
            EventType = type,
            EventId = WebhookJson.Text(root, "event_id"),
            VideoId = WebhookJson.Text(data, "video_id") ?? WebhookJson.Text(data, "video_translate_id") ?? WebhookJson.Text(data, "lipsync_id"),
            Url = WebhookJson.Text(data, "url"),
            CallbackId = WebhookJson.Text(data, "callback_id"),
            Message = WebhookJson.Text(data, "msg") ?? WebhookJson.Text(data, "message") ?? WebhookJson.Text(data, "failure_message"),
            FailureCode = Code(data, "failure_code") ?? Code(data, "code"),
            EventData = data,
        };
    }

    private static string? Code(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
