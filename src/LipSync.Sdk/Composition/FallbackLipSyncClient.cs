using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace LipSync.Sdk;

/// <summary>
/// Submits to the next provider only when the failure proves no job was created (<see cref="SubmitRefusal"/>), or
/// when a provider's capabilities show it cannot take the request (then it is not asked at all). The returned job's
/// <see cref="LipSyncJob.Provider"/> says which provider took it; reads, waits, watches and deletes of that job go to
/// that provider.
/// </summary>
internal sealed class FallbackLipSyncClient : DelegatingLipSyncClient, IJobWatchSource
{
    // Routes of jobs submitted here. Past this size the map starts over: a job it forgot is found again by asking
    // each provider in turn (a NotFound from the others costs one read).
    private const int MaxRoutes = 10_000;

    private readonly ILipSyncClient[] _candidates;
    private readonly ConcurrentDictionary<string, ILipSyncClient> _routes = new(StringComparer.Ordinal);

    public FallbackLipSyncClient(ILipSyncClient primary, IEnumerable<ILipSyncClient> fallbacks)
        : base(primary)
    {
        ArgumentNullException.ThrowIfNull(fallbacks);

        // A provider never falls back to itself (the same middleware wraps every provider's client in DI).
        _candidates = [primary, .. fallbacks.Where(f => !string.Equals(f.Provider, primary.Provider, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(f => f.Provider, StringComparer.OrdinalIgnoreCase)];
    }

    public override async Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Exception? lastRefusal = null;
        var skipped = new List<string>();
        foreach (var candidate in _candidates)
        {
            if (!candidate.GetCapabilities().CanRun(request, out var reason))
            {
                skipped.Add($"{candidate.Provider}: {reason}");
                continue;
            }

            try
            {
                var job = await candidate.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
                Remember(job.Id, candidate);
                return job;
            }
            catch (Exception refusal) when (SubmitRefusal.ProvesNoJobCreated(refusal) && !cancellationToken.IsCancellationRequested)
            {
                lastRefusal = refusal;
            }
        }

        if (lastRefusal is not null)
        {
            // Every provider asked refused before creating anything: the last refusal says why.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(lastRefusal);
        }

        throw new NotSupportedException($"No provider can take this request ({string.Join("; ", skipped)}).");
    }

    public override async Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        if (_routes.TryGetValue(jobId, out var owner))
        {
            return await owner.GetJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        }

        return (await FindAsync(jobId, cancellationToken).ConfigureAwait(false)).Job;
    }

    public override async Task<LipSyncJob> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var owner = await OwnerAsync(jobId, cancellationToken).ConfigureAwait(false);
        return await owner.WaitForCompletionAsync(jobId, options, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<LipSyncJob> WatchAsync(string jobId, JobWaitOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The owner's own watch, so its long polls and Retry-After hints still apply.
        var owner = await OwnerAsync(jobId, cancellationToken).ConfigureAwait(false);
        await foreach (var job in owner.WatchAsync(jobId, options, cancellationToken).ConfigureAwait(false))
        {
            yield return job;
        }
    }

    public override async Task DeleteJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var owner = await OwnerAsync(jobId, cancellationToken).ConfigureAwait(false);
        await owner.DeleteJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        _routes.TryRemove(jobId, out _);
    }

    public override async IAsyncEnumerable<LipSyncJob> ListJobsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var candidate in _candidates.Where(c => c.GetCapabilities().List))
        {
            await foreach (var job in candidate.ListJobsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return job;
            }
        }
    }

    private async Task<ILipSyncClient> OwnerAsync(string jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        return _routes.TryGetValue(jobId, out var owner) ? owner : (await FindAsync(jobId, cancellationToken).ConfigureAwait(false)).Owner;
    }

    // A job submitted before a restart (or forgotten): the provider that knows it owns it.
    private async Task<(ILipSyncClient Owner, LipSyncJob Job)> FindAsync(string jobId, CancellationToken cancellationToken)
    {
        LipSyncException? firstNotFound = null;
        foreach (var candidate in _candidates)
        {
            try
            {
                var job = await candidate.GetJobAsync(jobId, cancellationToken).ConfigureAwait(false);
                Remember(jobId, candidate);
                return (candidate, job);
            }
            catch (LipSyncException notFound) when (notFound.Kind == LipSyncErrorKind.NotFound)
            {
                firstNotFound ??= notFound;
            }
            catch (NotSupportedException)
            {
                // A candidate that cannot read jobs cannot own one.
            }
        }

        throw firstNotFound ?? new LipSyncNotFoundException(
            $"No provider of this client can read job {jobId}.", isRetryable: false, Provider);
    }

    private void Remember(string jobId, ILipSyncClient owner)
    {
        if (_routes.Count >= MaxRoutes)
        {
            _routes.Clear();
        }

        _routes[jobId] = owner;
    }
}
