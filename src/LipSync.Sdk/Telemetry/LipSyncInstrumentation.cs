using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace LipSync.Sdk;

/// <summary>
/// The SDK's spans and metrics: one span per public call (started by the connection with the operation name), one
/// child span per HTTP attempt, a duration histogram, a retry counter and a failure counter by kind. Tags carry no
/// secrets: provider, operation, attempt, HTTP method and status, error kind and provider code.
/// </summary>
internal static partial class LipSyncInstrumentation
{
    public const string ProviderTag = "lipsync.provider";
    public const string OperationTag = "lipsync.operation";
    public const string AttemptTag = "lipsync.attempt";
    public const string AttemptsTag = "lipsync.attempts";
    public const string ErrorCodeTag = "lipsync.error.code";
    public const string JobIdTag = "lipsync.job.id";
    public const string JobStatusTag = "lipsync.job.status";
    public const string ErrorTypeTag = "error.type";
    public const string StatusCodeTag = "http.response.status_code";
    public const string MethodTag = "http.request.method";

    /// <summary>The <c>error.type</c> of a call the caller canceled (not a failure of the provider).</summary>
    public const string CanceledErrorType = "canceled";

    private static readonly string Version =
        typeof(LipSyncInstrumentation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";

    public static readonly ActivitySource Source = new(LipSyncDiagnostics.ActivitySourceName, Version);

    private static readonly Meter Meter = new(LipSyncDiagnostics.MeterName, Version);

    private static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        LipSyncDiagnostics.RequestDurationInstrument, "s", "Duration of one LipSync API call across all its attempts and delays.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] });

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        LipSyncDiagnostics.RetriesInstrument, "{attempt}", "HTTP attempts made after the first attempt of a call.");

    private static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        LipSyncDiagnostics.FailuresInstrument, "{call}", "LipSync API calls that failed, by error kind.");

    public static Activity? StartCall(string provider, string operation, HttpMethod method)
    {
        // The span name is built only when someone listens: without a listener a call costs no string at all.
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity($"{provider}.{operation}", ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag(ProviderTag, provider);
            activity.SetTag(OperationTag, operation);
            activity.SetTag(MethodTag, method.Method);
        }

        return activity;
    }

    public static Activity? StartAttempt(string provider, string operation, int attempt)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity($"{provider}.{operation} attempt", ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(ProviderTag, provider);
            activity.SetTag(OperationTag, operation);
            activity.SetTag(AttemptTag, attempt);
        }

        return activity;
    }

    public static Activity? StartWait(string provider, string jobId)
    {
        var activity = Source.StartActivity($"{provider}.WaitForCompletion", ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(ProviderTag, provider);
            activity.SetTag(OperationTag, "WaitForCompletion");
            activity.SetTag(JobIdTag, jobId);
        }

        return activity;
    }

    public static void RecordStatusCode(Activity? activity, int statusCode) => activity?.SetTag(StatusCodeTag, statusCode);

    /// <summary>Marks a span failed with the taxonomy kind (or "canceled" for caller cancellation).</summary>
    /// <param name="activity">The span, if one is recorded.</param>
    /// <param name="exception">What the call or attempt threw.</param>
    /// <param name="redactor">Masks the API key in the provider's code (a hostile or echoing server may send it back).</param>
    public static void RecordFailure(Activity? activity, Exception exception, SecretRedactor redactor)
    {
        if (activity is null)
        {
            return;
        }

        switch (exception)
        {
            case LipSyncException failure:
                activity.SetTag(ErrorTypeTag, failure.Kind.ToString());
                if (failure.StatusCode is { } status)
                {
                    activity.SetTag(StatusCodeTag, status);
                }

                if (failure.ErrorCode is { } code)
                {
                    activity.SetTag(ErrorCodeTag, redactor.Redact(code));
                }

                activity.SetStatus(ActivityStatusCode.Error, failure.Kind.ToString());
                break;
            case OperationCanceledException:
                activity.SetTag(ErrorTypeTag, CanceledErrorType);
                activity.SetStatus(ActivityStatusCode.Error, CanceledErrorType);
                break;
            default:
                activity.SetTag(ErrorTypeTag, exception.GetType().FullName);
                activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
                break;
        }
    }

    public static void RecordRetry(string provider, string operation) =>
        Retries.Add(1, new KeyValuePair<string, object?>(ProviderTag, provider), new KeyValuePair<string, object?>(OperationTag, operation));

    /// <summary>Records the end of a call: its duration, and a failure by kind when it failed.</summary>
    public static void RecordCallEnd(Activity? activity, string provider, string operation, TimeSpan duration, int attempts, Exception? failure)
    {
        activity?.SetTag(AttemptsTag, attempts);
        var tags = new TagList
        {
            { ProviderTag, provider },
            { OperationTag, operation },
        };

        if (failure is LipSyncException known)
        {
            tags.Add(ErrorTypeTag, known.Kind.ToString());
            if (known.StatusCode is { } status)
            {
                tags.Add(StatusCodeTag, status);
            }

            Failures.Add(1, tags);
        }
        else if (failure is OperationCanceledException)
        {
            tags.Add(ErrorTypeTag, CanceledErrorType);
        }

        RequestDuration.Record(duration.TotalSeconds, tags);
    }
}
