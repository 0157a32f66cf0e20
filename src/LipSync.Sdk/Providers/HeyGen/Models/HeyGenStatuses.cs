namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>
/// The status values HeyGen's endpoints use, which differ per endpoint: lipsyncs <c>pending|running|completed|failed</c>,
/// v3 videos <c>pending|processing|completed|failed</c> (created as <c>waiting</c>), legacy status adds <c>waiting</c>,
/// batches and <c>/statuses</c> use <c>queued</c>, v2 video translate <c>success</c>.
/// </summary>
public static class HeyGenStatuses
{
    /// <summary>In the queue.</summary>
    public const string Pending = "pending";

    /// <summary>Accepted, not yet queued (v3 create response, legacy docs).</summary>
    public const string Waiting = "waiting";

    /// <summary>In the queue (batches, <c>/statuses</c>).</summary>
    public const string Queued = "queued";

    /// <summary>Rendering (lipsyncs, translations).</summary>
    public const string Running = "running";

    /// <summary>Rendering (videos, legacy status).</summary>
    public const string Processing = "processing";

    /// <summary>Done; the output URL is set.</summary>
    public const string Completed = "completed";

    /// <summary>Done (v2 video translate).</summary>
    public const string Success = "success";

    /// <summary>Ended without an output.</summary>
    public const string Failed = "failed";
}
