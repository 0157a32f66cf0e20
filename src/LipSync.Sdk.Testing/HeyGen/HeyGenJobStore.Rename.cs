using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

internal sealed partial class HeyGenJobStore
{
    // PATCH /v3/lipsyncs/{id} changes the title only; it is not a poll, so the state machine does not move. Null: no such job.
    public JsonObject? Rename(string id, HeyGenJobKind kind, string title, Func<JobView, JsonObject> render)
    {
        lock (_lock)
        {
            if (!_jobsById.TryGetValue(id, out var job) || job.Kind != kind)
            {
                return null;
            }

            job.Title = title;
            return render(View(job));
        }
    }
}
