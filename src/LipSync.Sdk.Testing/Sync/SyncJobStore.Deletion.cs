using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

// The outcome of DELETE /v2/generations/{id}.
internal enum SyncDeleteOutcome
{
    Deleted,
    NotFound,
    StillProcessing,
}

internal sealed partial class SyncJobStore
{
    // Sync deletes only generations in a terminal state (generate-api/delete): a pending or processing one stays.
    public (SyncDeleteOutcome Outcome, JsonObject? Generation) Delete(string id)
    {
        lock (_lock)
        {
            if (!_jobsById.TryGetValue(id, out var job))
            {
                return (SyncDeleteOutcome.NotFound, null);
            }

            if (!SyncStatuses.IsTerminal(job.Status))
            {
                return (SyncDeleteOutcome.StillProcessing, null);
            }

            _jobsById.Remove(id);
            _jobs.Remove(job);
            return (SyncDeleteOutcome.Deleted, SyncGenerationJson.ToJson(job, progressPercent: null));
        }
    }
}
