using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using System.Threading.RateLimiting;

namespace LipSync.Sdk.ScaleOut;

/// <summary>
/// The scale-out middleware: journals each submit (key, fingerprint, then job id), holds a job-lifetime concurrency
/// slot from submit to the job's terminal state, paces requests with the shared rate limiters, and wakes waits and
/// watches on webhook updates from the job-update bus, polling as the fallback.
/// </summary>
internal sealed class ScaleOutLipSyncClient : DelegatingLipSyncClient, IJobWatchSource
{
    private static readonly TimeSpan MinimumRateLimitWait = TimeSpan.FromMilliseconds(50);
    private readonly IScaleOutBackend _backend;
    private readonly TimeSpan? _webhookGracePeriod;
    private readonly int? _concurrency;
    private readonly TimeProvider _time;
    private readonly RateLimiter? _submitLimiter;
    private readonly RateLimiter? _readLimiter;
    private readonly ConcurrentDictionary<string, string> _slotHolderByJob = new(StringComparer.Ordinal);
    private readonly JobUpdateWaiters _waiters = new();
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private IAsyncDisposable? _subscription;

    public ScaleOutLipSyncClient(ILipSyncClient innerClient, IScaleOutBackend backend, ScaleOutOptions options)
        : base(innerClient)
    {
        _backend = backend;
        _webhookGracePeriod = options.WebhookGracePeriod;
        _concurrency = options.ConcurrencyLimits.TryGetValue(innerClient.Provider, out var limit) ? limit : null;
        _time = innerClient.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        _submitLimiter = Limiter(options, RequestRateLimit.Submit);
        _readLimiter = Limiter(options, RequestRateLimit.Read);
    }

    public override async Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var policy = ReattachPolicies.For(Provider);
        var key = request.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        var fresh = new JobJournalEntry
        {
            Provider = Provider,
            IdempotencyKey = key,
            RequestFingerprint = RequestFingerprint.Compute(Provider, request),
            ClientReference = request.ClientReference ?? (policy == ReattachPolicy.LookUpByReference ? key : null),
            // Whole milliseconds, as durable journals store it, so a fresh entry compares equal to its stored copy.
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(_time.GetUtcNow().ToUnixTimeMilliseconds()),
        };
        var entry = await _backend.Journal.BeginAsync(fresh, cancellationToken).ConfigureAwait(false);
        if (entry.RequestFingerprint != fresh.RequestFingerprint)
        {
            throw LipSyncExceptionFactory.Create(LipSyncErrorKind.Conflict,
                $"{Provider}: idempotency key {key} was journaled for a different request; use a new key for a new request.", isRetryable: false, Provider);
        }

        await EnsureSubscribedAsync(cancellationToken).ConfigureAwait(false);
        if (entry.JobId is { } recorded)
        {
            // Accepted before (by this or a dead worker): reattach without sending anything.
            return await ReattachAsync(recorded, key, cancellationToken).ConfigureAwait(false);
        }

        var resuming = entry != fresh;
        if (resuming && policy == ReattachPolicy.Refuse)
        {
            throw LipSyncExceptionFactory.Create(LipSyncErrorKind.Conflict,
                $"{Provider}: the submit with key {key} was interrupted before its job id was recorded, and {Provider} has no idempotency key or reference lookup; check the provider's job list before submitting again.",
                isRetryable: false, Provider);
        }

        if (_concurrency is { } limit)
        {
            await _backend.Slots.AcquireAsync(Provider, key, limit, cancellationToken).ConfigureAwait(false);
        }

        LipSyncJob job;
        try
        {
            job = (resuming && policy == ReattachPolicy.LookUpByReference
                    ? await FindByReferenceAsync(entry.ClientReference!, cancellationToken).ConfigureAwait(false)
                    : null)
                ?? await SendAsync(request.WithKeys(key, entry.ClientReference), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (CreateOutcome.ProvesNoJob(failure))
        {
            await ReleaseAsync(key).ConfigureAwait(false);
            await _backend.Journal.RemoveAsync(Provider, key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch
        {
            // A job may exist: keep the journal entry (submitting again with the key resumes) and let the slot lapse.
            _backend.Slots.Abandon(Provider, key);
            throw;
        }

        await _backend.Journal.RecordAsync(Provider, key, job.Id, job.Status, CancellationToken.None).ConfigureAwait(false);
        await TrackAsync(job, key).ConfigureAwait(false);
        return job;
    }

    public override async Task<LipSyncJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        await AcquireAsync(_readLimiter, cancellationToken).ConfigureAwait(false);
        var job = await InnerClient.GetJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        await ObserveAsync(job).ConfigureAwait(false);
        return job;
    }

    public override async Task<LipSyncJob> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        LipSyncJob? last = null;
        await foreach (var job in WatchAsync(jobId, options ?? new JobWaitOptions(), cancellationToken).ConfigureAwait(false))
        {
            last = job;
        }

        return last!.Status == JobStatus.Completed ? last : throw new LipSyncJobFailedException(last);
    }

    /// <summary>
    /// Yields the job's changes from webhook updates (any instance) and, after the grace period or at once when none
    /// is set, from polling; whichever reports first wins, stale updates (a status earlier than one seen) are skipped,
    /// and the watch ends after the terminal state.
    /// </summary>
    public async IAsyncEnumerable<LipSyncJob> WatchAsync(string jobId, JobWaitOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        await EnsureSubscribedAsync(cancellationToken).ConfigureAwait(false);
        var updates = Channel.CreateUnbounded<LipSyncJob>();
        using var registration = _waiters.Register(jobId, job => updates.Writer.TryWrite(job));
        if (await _backend.Updates.FindTerminalAsync(Provider, jobId, cancellationToken).ConfigureAwait(false) is { } known)
        {
            updates.Writer.TryWrite(known.ToJob());
        }

        using var stopPolling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var polling = PollAfterGraceAsync(jobId, options, updates.Writer, stopPolling.Token);
        try
        {
            LipSyncJob? last = null;
            await foreach (var job in updates.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (last is not null && (Rank(job.Status) < Rank(last.Status) || (job.Status == last.Status && job.ProgressPercent == last.ProgressPercent)))
                {
                    continue;
                }

                last = job;
                options.Progress?.Report(job);
                yield return job;
                if (job.Status.IsTerminal())
                {
                    await ObserveAsync(job).ConfigureAwait(false);
                    yield break;
                }
            }
        }
        finally
        {
            await stopPolling.CancelAsync().ConfigureAwait(false);
            await polling.ConfigureAwait(false);
        }
    }

    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(IScaleOutBackend) ? _backend : base.GetService(serviceType, serviceKey);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _subscription?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _submitLimiter?.Dispose();
            _readLimiter?.Dispose();
            _subscribing.Dispose();
        }

        base.Dispose(disposing);
    }

    private static int Rank(JobStatus status) => status switch
    {
        JobStatus.Pending => 0,
        JobStatus.Processing => 1,
        _ => 2,
    };

    private async Task PollAfterGraceAsync(string jobId, JobWaitOptions options, ChannelWriter<LipSyncJob> writer, CancellationToken cancellationToken)
    {
        try
        {
            var timeout = options.Timeout;
            if (_webhookGracePeriod is { } grace)
            {
                await Task.Delay(grace, _time, cancellationToken).ConfigureAwait(false);
                timeout = timeout > grace ? timeout - grace : TimeSpan.FromTicks(1);
            }

            // Through the inner client's watch, so long polls and Retry-After hints are kept.
            await foreach (var job in InnerClient.WatchAsync(jobId, options.WithoutProgress(timeout), cancellationToken).ConfigureAwait(false))
            {
                writer.TryWrite(job);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A webhook answered first, or the caller gave up.
        }
        catch (Exception failure)
        {
            writer.TryComplete(failure);
        }
    }

    private async Task<LipSyncJob> SendAsync(LipSyncRequest request, CancellationToken cancellationToken)
    {
        await AcquireAsync(_submitLimiter, cancellationToken).ConfigureAwait(false);
        return await InnerClient.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<LipSyncJob> ReattachAsync(string jobId, string key, CancellationToken cancellationToken)
    {
        var known = await _backend.Updates.FindTerminalAsync(Provider, jobId, cancellationToken).ConfigureAwait(false);
        var job = known?.ToJob() ?? await GetJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        if (!job.Status.IsTerminal() && _concurrency is { } limit)
        {
            // The job is running, so it counts against the plan: take (or keep) its slot until it ends.
            await _backend.Slots.AcquireAsync(Provider, key, limit, cancellationToken).ConfigureAwait(false);
        }

        await TrackAsync(job, key).ConfigureAwait(false);
        return job;
    }

    private async Task<LipSyncJob?> FindByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        if (InnerClient.GetService(typeof(Providers.Chamelaion.IChamelaionClient)) is not Providers.Chamelaion.IChamelaionClient native)
        {
            return null;
        }

        await foreach (var found in native.ListRequestsAsync(new Providers.Chamelaion.ListRequestsOptions { ReferenceId = reference }, cancellationToken).ConfigureAwait(false))
        {
            return Providers.Chamelaion.ChamelaionJobMapper.ToJob(found);
        }

        return null;
    }

    // Remembers which slot the job holds, or frees it at once when the job is already over.
    private async Task TrackAsync(LipSyncJob job, string key)
    {
        if (_concurrency is null)
        {
            return;
        }

        _slotHolderByJob[job.Id] = key;

        // A fast job's webhook can beat the create's response: check the bus's record once the slot is tracked.
        var ended = job.Status.IsTerminal()
            ? job
            : (await _backend.Updates.FindTerminalAsync(Provider, job.Id, CancellationToken.None).ConfigureAwait(false))?.ToJob();
        if (ended is not null)
        {
            await ObserveAsync(ended).ConfigureAwait(false);
        }
    }

    // A terminal state seen by poll, wait or webhook frees the job's slot and closes its journal entry.
    private async Task ObserveAsync(LipSyncJob job)
    {
        if (!job.Status.IsTerminal() || !_slotHolderByJob.TryRemove(job.Id, out var key))
        {
            return;
        }

        await ReleaseAsync(key).ConfigureAwait(false);
        await _backend.Journal.RecordAsync(Provider, key, job.Id, job.Status, CancellationToken.None).ConfigureAwait(false);
    }

    private Task ReleaseAsync(string key) =>
        _concurrency is null ? Task.CompletedTask : _backend.Slots.ReleaseAsync(Provider, key, CancellationToken.None);

    private async Task EnsureSubscribedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _subscription) is not null)
        {
            return;
        }

        await _subscribing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _subscription ??= await _backend.Updates.SubscribeAsync(OnUpdate, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _subscribing.Release();
        }
    }

    private void OnUpdate(JobUpdate update)
    {
        if (!string.Equals(update.Provider, Provider, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        _waiters.Notify(update);
        if (update.Status.IsTerminal() && _slotHolderByJob.ContainsKey(update.JobId))
        {
            // Off the bus's thread: releasing is I/O on Redis.
            _ = Task.Run(() => ObserveAsync(update.ToJob()));
        }
    }

    private async Task AcquireAsync(RateLimiter? limiter, CancellationToken cancellationToken)
    {
        if (limiter is null)
        {
            return;
        }

        while (true)
        {
            using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            if (lease.IsAcquired)
            {
                return;
            }

            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > MinimumRateLimitWait ? retryAfter : MinimumRateLimitWait;
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private RateLimiter? Limiter(ScaleOutOptions options, string operation) =>
        options.RateLimits.FirstOrDefault(l => string.Equals(l.Provider, Provider, StringComparison.OrdinalIgnoreCase) && l.Operation == operation) is { } limit
            ? _backend.CreateRateLimiter(limit)
            : null;
}
