using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Distributed;

namespace LipSync.Sdk;

/// <summary>
/// Returns the earlier job for a request already submitted with the same inputs (<see cref="RequestFingerprint"/>)
/// instead of paying for it twice. The cache holds only the provider and job id: a hit re-reads the job from the
/// provider, so the caller gets its current state and a freshly issued result link, never a stored (possibly
/// expired) one. A job that has since failed, been canceled or deleted is forgotten and the request submitted anew.
/// </summary>
internal sealed class ResultCacheLipSyncClient(ILipSyncClient inner, IDistributedCache cache, LipSyncResultCacheOptions options)
    : DelegatingLipSyncClient(inner)
{
    public override async Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fingerprint = await RequestFingerprint.ComputeAsync(Provider, request, cancellationToken).ConfigureAwait(false);
        if (fingerprint is null)
        {
            return await InnerClient.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var key = options.KeyPrefix + fingerprint;
        if (await ReuseAsync(key, request, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return earlier;
        }

        var job = await InnerClient.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        var entry = new JsonObject { ["provider"] = job.Provider, ["jobId"] = job.Id };
        await cache.SetStringAsync(key, entry.ToJsonString(), options.EntryOptions, cancellationToken).ConfigureAwait(false);
        return job;
    }

    private async Task<LipSyncJob?> ReuseAsync(string key, LipSyncRequest request, CancellationToken cancellationToken)
    {
        if (await cache.GetStringAsync(key, cancellationToken).ConfigureAwait(false) is not { } stored
            || ParseJobId(stored) is not { } jobId)
        {
            return null;
        }

        LipSyncJob job;
        try
        {
            job = await InnerClient.GetJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        }
        catch (LipSyncException gone) when (gone.Kind == LipSyncErrorKind.NotFound)
        {
            await cache.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
            return null;
        }

        // A running job is reused too: submitting again would pay for the same output a second time.
        if (job.Status is JobStatus.Failed or JobStatus.Canceled)
        {
            await cache.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return job with { ClientReference = request.ClientReference ?? job.ClientReference };
    }

    private static string? ParseJobId(string stored)
    {
        try
        {
            return JsonNode.Parse(stored)?["jobId"]?.GetValue<string>();
        }
        catch (Exception unreadable) when (unreadable is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null; // an entry written by something else: treat as a miss, it is overwritten after the submit
        }
    }
}
