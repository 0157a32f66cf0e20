using System.Text.Json;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>What a Sync webhook delivery is about.</summary>
public enum SyncWebhookEventKind
{
    /// <summary>A generation finished (<c>GenerationNotification</c>: the generation object, status <c>COMPLETED</c> or <c>FAILED</c>).</summary>
    Generation,

    /// <summary>A batch changed status (the batch object with <c>metrics</c>).</summary>
    Batch,
}

/// <summary>A parsed Sync webhook payload (sync.md §7).</summary>
public sealed class SyncWebhookEvent
{
    private SyncWebhookEvent(SyncWebhookEventKind kind, Generation? generation, Batch? batch)
    {
        Kind = kind;
        Generation = generation;
        Batch = batch;
    }

    /// <summary>Whether this is a generation or a batch notification.</summary>
    public SyncWebhookEventKind Kind { get; }

    /// <summary>The generation, for <see cref="SyncWebhookEventKind.Generation"/> (the webhook spells <c>error_code</c>; both spellings are read).</summary>
    public Generation? Generation { get; }

    /// <summary>The batch, for <see cref="SyncWebhookEventKind.Batch"/> (camelCase metrics and <c>createdAt</c> here; both spellings are read).</summary>
    public Batch? Batch { get; }

    /// <summary>The generation as a neutral job update (null for batch notifications).</summary>
    /// <returns>The job.</returns>
    public LipSyncJob? ToJob() => Generation is { } generation ? SyncJobMapper.ToJob(generation) : null;

    /// <summary>Parses a payload (verify it first with <see cref="SyncWebhookVerifier"/>).</summary>
    /// <param name="rawBody">The request body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="LipSyncException">The body is not a Sync webhook payload (<see cref="LipSyncErrorKind.InvalidRequest"/>).</exception>
    public static SyncWebhookEvent Parse(ReadOnlySpan<byte> rawBody)
    {
        try
        {
            var reader = new Utf8JsonReader(rawBody);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out _))
            {
                throw Invalid("the payload is not a JSON object with an id", null);
            }

            // Batches carry metrics (and ids starting "batch_"); generations carry input and model.
            var isBatch = root.TryGetProperty("metrics", out _)
                || (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString()!.StartsWith("batch_", StringComparison.Ordinal));
            return isBatch
                ? new SyncWebhookEvent(SyncWebhookEventKind.Batch, null, root.Deserialize(SyncJsonContext.Default.Batch))
                : new SyncWebhookEvent(SyncWebhookEventKind.Generation, root.Deserialize(SyncJsonContext.Default.Generation), null);
        }
        catch (JsonException ex)
        {
            throw Invalid("the payload is not valid JSON", ex);
        }
    }

    private static LipSyncException Invalid(string problem, Exception? inner) => LipSyncExceptionFactory.Create(
        LipSyncErrorKind.InvalidRequest, $"sync: webhook payload rejected: {problem}.", isRetryable: false, SyncErrorCatalog.ProviderName, innerException: inner);
}
