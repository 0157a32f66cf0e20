namespace LipSync.Sdk;

/// <summary>
/// Job-level telemetry on the SDK's ActivitySource and Meter (<see cref="LipSyncDiagnostics"/>): one
/// <c>lipsync.Submit</c> span around each submit — the parent of the connection's per-call spans for its uploads and
/// create, and of every provider a fallback tries — a submit counter by provider, and a wait-duration histogram. It
/// adds no span where the SDK already has one (each HTTP call, <c>{provider}.WaitForCompletion</c>), so a trace
/// never shows the same call twice.
/// </summary>
internal sealed class OpenTelemetryLipSyncClient(ILipSyncClient inner, TimeProvider time) : DelegatingLipSyncClient(inner)
{
    // Set for the duration of the outermost instrumented submit in this async flow: a second UseOpenTelemetry in the
    // chain, or one on the providers behind a fallback, then records nothing, so one submit is one span and one count.
    private static readonly AsyncLocal<bool> InstrumentedSubmit = new();

    public override async Task<LipSyncJob> SubmitAsync(LipSyncRequest request, CancellationToken cancellationToken = default)
    {
        if (InstrumentedSubmit.Value)
        {
            return await InnerClient.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // An async method's own change to an AsyncLocal does not flow back to its caller, so no reset is needed.
        InstrumentedSubmit.Value = true;
        using var activity = LipSyncInstrumentation.StartSubmit(Provider);
        try
        {
            var job = await InnerClient.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
            LipSyncInstrumentation.RecordSubmitted(activity, job);
            return job;
        }
        catch (Exception failure)
        {
            LipSyncInstrumentation.RecordSubmitFailed(activity, Provider, failure);
            throw;
        }
    }

    public override async Task<LipSyncJob> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        try
        {
            var job = await InnerClient.WaitForCompletionAsync(jobId, options, cancellationToken).ConfigureAwait(false);
            LipSyncInstrumentation.RecordWait(job.Provider, time.GetElapsedTime(started), job.Status.ToString());
            return job;
        }
        catch (Exception failure)
        {
            var outcome = failure is LipSyncJobFailedException failed ? failed.Job.Status.ToString() : LipSyncInstrumentation.ErrorType(failure);
            LipSyncInstrumentation.RecordWait(Provider, time.GetElapsedTime(started), outcome);
            throw;
        }
    }
}
