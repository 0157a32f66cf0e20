namespace LipSync.Sdk.Testing;

internal sealed partial class HeyGenJobStore
{
    // HeyGen documents no state restriction on DELETE /v3/lipsyncs/{id}: any job of the kind is removed.
    public bool Delete(string id, HeyGenJobKind kind)
    {
        lock (_lock)
        {
            if (!_jobsById.TryGetValue(id, out var job) || job.Kind != kind)
            {
                return false;
            }

            _jobsById.Remove(id);
            _jobs.Remove(job);
            return true;
        }
    }
}
