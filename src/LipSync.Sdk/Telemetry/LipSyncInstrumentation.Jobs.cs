using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LipSync.Sdk;

// Job-level instruments of UseOpenTelemetry(), on the SDK's one ActivitySource and Meter.
internal static partial class LipSyncInstrumentation
{
    private static Counter<long> JobsSubmitted => JobInstruments.Submitted;

    private static Histogram<double> WaitDuration => JobInstruments.Wait;

    /// <summary>Starts the submit span (only when someone listens).</summary>
    public static Activity? StartSubmit(string provider)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(LipSyncDiagnostics.SubmitSpanName, ActivityKind.Internal);
        activity?.SetTag(ProviderTag, provider);
        activity?.SetTag(OperationTag, "Submit");
        return activity;
    }

    public static void RecordSubmitted(Activity? activity, LipSyncJob job)
    {
        activity?.SetTag(ProviderTag, job.Provider);
        activity?.SetTag(JobIdTag, job.Id);
        activity?.SetTag(JobStatusTag, job.Status.ToString());
        JobsSubmitted.Add(1, new KeyValuePair<string, object?>(ProviderTag, job.Provider));
    }

    public static void RecordSubmitFailed(Activity? activity, string provider, Exception failure)
    {
        RecordFailure(activity, failure, SecretRedactor.None); // codes on LipSyncException are redacted when it is built
        JobsSubmitted.Add(1, new KeyValuePair<string, object?>(ProviderTag, provider), new KeyValuePair<string, object?>(ErrorTypeTag, ErrorType(failure)));
    }

    public static void RecordWait(string provider, TimeSpan duration, string outcome) =>
        WaitDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>(ProviderTag, provider), new KeyValuePair<string, object?>(JobStatusTag, outcome));

    public static string ErrorType(Exception failure) => failure switch
    {
        LipSyncException known => known.Kind.ToString(),
        OperationCanceledException => CanceledErrorType,
        _ => failure.GetType().FullName ?? failure.GetType().Name,
    };

    // A nested type, so these initialise after the Meter of the other part (field initialisers of partial parts run
    // in no guaranteed order across files).
    private static class JobInstruments
    {
        public static readonly Counter<long> Submitted = Meter.CreateCounter<long>(
            LipSyncDiagnostics.JobsSubmittedInstrument, "{job}", "Lip-sync submits, by the provider that took the job or by error kind.");

        public static readonly Histogram<double> Wait = Meter.CreateHistogram<double>(
            LipSyncDiagnostics.WaitDurationInstrument, "s", "Time from the start of a wait to the job's end, by final status.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 10, 30, 60, 120, 300, 600, 1200, 3600] });
    }
}
