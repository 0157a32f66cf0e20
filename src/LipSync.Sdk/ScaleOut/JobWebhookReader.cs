using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk.ScaleOut;

/// <summary>
/// Turns one provider's webhook delivery into a <see cref="JobUpdate"/>: verifies the signature with the SDK's verifier
/// for that provider, parses the event and names the delivery for de-duplication. Create one per provider secret with
/// <see cref="Sync"/>, <see cref="HeyGen"/> or <see cref="AudioSpliter"/>.
/// </summary>
public sealed class JobWebhookReader
{
    private readonly Func<byte[], IReadOnlyList<KeyValuePair<string, IEnumerable<string>>>, JobUpdate?> _read;

    private JobWebhookReader(string provider, Func<byte[], IReadOnlyList<KeyValuePair<string, IEnumerable<string>>>, JobUpdate?> read)
    {
        Provider = provider;
        _read = read;
    }

    /// <summary>The provider whose deliveries this reader accepts.</summary>
    public string Provider { get; }

    /// <summary>Reads Sync deliveries (<c>Sync-Signature</c>). Sync sends no event id: a delivery is named by job id and status.</summary>
    /// <param name="verifier">The verifier holding the webhook secret.</param>
    /// <returns>The reader.</returns>
    public static JobWebhookReader Sync(SyncWebhookVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        return new("sync", (body, headers) =>
        {
            verifier.Verify(body, headers);
            return SyncWebhookEvent.Parse(body).ToJob() is { } job ? JobUpdate.FromJob(job, $"sync:{job.Id}:{job.ProviderStatus ?? job.Status.ToString()}") : null;
        });
    }

    /// <summary>Reads HeyGen deliveries (<c>Heygen-Signature</c>), named by <c>Heygen-Event-Id</c> or <c>event_id</c>.</summary>
    /// <param name="verifier">The verifier holding the endpoint secret.</param>
    /// <returns>The reader.</returns>
    public static JobWebhookReader HeyGen(HeyGenWebhookVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        return new("heygen", (body, headers) =>
        {
            var received = verifier.VerifyAndParse(body, headers);
            var eventId = WebhookSignatures.Header(headers, HeyGenWebhookVerifier.EventIdHeader) ?? received.EventId;
            return received.ToJob() is { } job ? JobUpdate.FromJob(job, "heygen:" + (eventId ?? $"{job.Id}:{received.EventType}")) : null;
        });
    }

    /// <summary>Reads AudioSpliter deliveries (<c>X-AudioSpliter-Signature</c>), named by <c>X-AudioSpliter-Delivery</c>.</summary>
    /// <param name="verifier">The verifier holding the webhook secret.</param>
    /// <returns>The reader.</returns>
    public static JobWebhookReader AudioSpliter(AudioSpliterWebhookVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        return new("audiospliter", (body, headers) =>
        {
            var received = verifier.VerifyAndParse(body, headers);
            var eventId = WebhookSignatures.Header(headers, AudioSpliterWebhookVerifier.DeliveryHeader)
                ?? $"{received.JobId}:{received.Event}:{received.Timestamp?.ToUnixTimeSeconds()}";
            return received.ToJob() is { } job ? JobUpdate.FromJob(job, "audiospliter:" + eventId) : null;
        });
    }

    /// <summary>Verifies and reads one delivery.</summary>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="headers">The request headers.</param>
    /// <returns>The update, or null for events that are not about a job's state (batches, other families).</returns>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    /// <exception cref="LipSyncException">The body is not the provider's webhook payload.</exception>
    public JobUpdate? Read(byte[] rawBody, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        ArgumentNullException.ThrowIfNull(headers);
        return _read(rawBody, headers.ToList());
    }
}
