namespace LipSync.Sdk.ScaleOut;

/// <summary>What happened to one webhook delivery.</summary>
public enum JobWebhookOutcome
{
    /// <summary>Verified and published to every instance.</summary>
    Published,

    /// <summary>Verified, but a redelivery of an event already published: dropped.</summary>
    Duplicate,

    /// <summary>Verified, but not about a job's state (batch or other events): nothing published.</summary>
    Ignored,
}

/// <summary>
/// The webhook endpoint's work on any instance: verify the signature (before anything else reads the body), drop
/// redeliveries by event id, publish the job update so waits on every instance wake. Verification failures throw
/// <see cref="LipSyncWebhookVerificationException"/>: answer them with a 4xx.
/// </summary>
/// <param name="bus">The job-update bus shared by the instances.</param>
public sealed class JobWebhookFanIn(IJobUpdateBus bus)
{
    /// <summary>Accepts one delivery.</summary>
    /// <param name="reader">The provider's reader (holds the secret).</param>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="headers">The request headers.</param>
    /// <param name="cancellationToken">Cancels the publish.</param>
    /// <returns>What happened to the delivery.</returns>
    /// <exception cref="LipSyncWebhookVerificationException">The delivery is not authentic or is stale.</exception>
    /// <exception cref="LipSyncException">The body is not the provider's webhook payload.</exception>
    public async Task<JobWebhookOutcome> AcceptAsync(
        JobWebhookReader reader, byte[] rawBody, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Read(rawBody, headers) is not { } update)
        {
            return JobWebhookOutcome.Ignored;
        }

        return await PublishAsync(update, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes an update already read and verified (by <see cref="JobWebhookReader.Read"/>), dropping redeliveries.</summary>
    /// <param name="update">The update.</param>
    /// <param name="cancellationToken">Cancels the publish.</param>
    /// <returns><see cref="JobWebhookOutcome.Published"/> or <see cref="JobWebhookOutcome.Duplicate"/>.</returns>
    public async Task<JobWebhookOutcome> PublishAsync(JobUpdate update, CancellationToken cancellationToken = default) =>
        await bus.PublishAsync(update, cancellationToken).ConfigureAwait(false) ? JobWebhookOutcome.Published : JobWebhookOutcome.Duplicate;
}
