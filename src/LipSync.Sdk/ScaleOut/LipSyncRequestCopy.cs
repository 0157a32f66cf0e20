namespace LipSync.Sdk.ScaleOut;

internal static class LipSyncRequestCopy
{
    // The same request with the key and reference the journal fixed, so a resume sends exactly what the first try sent.
    public static LipSyncRequest WithKeys(this LipSyncRequest request, string idempotencyKey, string? clientReference) => new()
    {
        Video = request.Video,
        Audio = request.Audio,
        Model = request.Model,
        WebhookUrl = request.WebhookUrl,
        ClientReference = clientReference,
        IdempotencyKey = idempotencyKey,
        ProviderOptions = request.ProviderOptions,
    };

    public static JobWaitOptions WithoutProgress(this JobWaitOptions options, TimeSpan timeout) => new()
    {
        InitialInterval = options.InitialInterval,
        MaxInterval = options.MaxInterval,
        BackoffFactor = options.BackoffFactor,
        Timeout = timeout,
        UseLongPolling = options.UseLongPolling,
        LongPollTimeout = options.LongPollTimeout,
        Progress = null,
    };
}
