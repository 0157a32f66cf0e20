using System.Collections.Concurrent;

namespace LipSync.Sdk.ScaleOut;

/// <summary>The waits and watches of one client, by job id, fed by the job-update bus.</summary>
internal sealed class JobUpdateWaiters
{
    private readonly ConcurrentDictionary<string, ImmutableList> _byJob = new(StringComparer.Ordinal);

    public IDisposable Register(string jobId, Action<LipSyncJob> onUpdate)
    {
        _byJob.AddOrUpdate(jobId, _ => new ImmutableList([onUpdate]), (_, list) => new ImmutableList([.. list.Items, onUpdate]));
        return new Registration(this, jobId, onUpdate);
    }

    public void Notify(JobUpdate update)
    {
        if (_byJob.TryGetValue(update.JobId, out var list))
        {
            var job = update.ToJob();
            foreach (var onUpdate in list.Items)
            {
                onUpdate(job);
            }
        }
    }

    private void Unregister(string jobId, Action<LipSyncJob> onUpdate)
    {
        while (_byJob.TryGetValue(jobId, out var list))
        {
            var remaining = list.Items.Where(item => item != onUpdate).ToArray();
            var done = remaining.Length == 0
                ? _byJob.TryRemove(KeyValuePair.Create(jobId, list))
                : _byJob.TryUpdate(jobId, new ImmutableList(remaining), list);
            if (done)
            {
                return;
            }
        }
    }

    private sealed record ImmutableList(Action<LipSyncJob>[] Items);

    private sealed class Registration(JobUpdateWaiters owner, string jobId, Action<LipSyncJob> onUpdate) : IDisposable
    {
        public void Dispose() => owner.Unregister(jobId, onUpdate);
    }
}
