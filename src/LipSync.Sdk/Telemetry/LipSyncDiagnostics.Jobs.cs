namespace LipSync.Sdk;

// The instruments UseOpenTelemetry() adds at the level of jobs (the connection's own are per HTTP call).
public static partial class LipSyncDiagnostics
{
    /// <summary>Counter of submits through <c>UseOpenTelemetry()</c>, tagged with the provider that took the job (or the error kind): <c>lipsync.client.jobs.submitted</c>.</summary>
    public const string JobsSubmittedInstrument = "lipsync.client.jobs.submitted";

    /// <summary>Histogram of <c>WaitForCompletionAsync</c> durations through <c>UseOpenTelemetry()</c>, in seconds, tagged with the job's final status: <c>lipsync.client.wait.duration</c>.</summary>
    public const string WaitDurationInstrument = "lipsync.client.wait.duration";

    /// <summary>The span <c>UseOpenTelemetry()</c> starts around a submit (uploads, the create call and any fallback): <c>lipsync.Submit</c>.</summary>
    public const string SubmitSpanName = "lipsync.Submit";
}
