namespace LipSync.Sdk;

/// <summary>
/// The names under which the SDK publishes traces and metrics, for wiring them to OpenTelemetry
/// (<c>AddSource(LipSyncDiagnostics.ActivitySourceName)</c>, <c>AddMeter(LipSyncDiagnostics.MeterName)</c>) or to an
/// <see cref="System.Diagnostics.ActivityListener"/> / <see cref="System.Diagnostics.Metrics.MeterListener"/>.
/// </summary>
public static partial class LipSyncDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: <c>LipSync.Sdk</c>.</summary>
    public const string ActivitySourceName = "LipSync.Sdk";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: <c>LipSync.Sdk</c>.</summary>
    public const string MeterName = "LipSync.Sdk";

    /// <summary>Histogram of the duration of one API call across all its attempts, in seconds: <c>lipsync.client.request.duration</c>.</summary>
    public const string RequestDurationInstrument = "lipsync.client.request.duration";

    /// <summary>Counter of retried attempts (attempts after the first): <c>lipsync.client.retries</c>.</summary>
    public const string RetriesInstrument = "lipsync.client.retries";

    /// <summary>Counter of API calls that ended in a <see cref="LipSyncException"/>, tagged with the kind: <c>lipsync.client.failures</c>.</summary>
    public const string FailuresInstrument = "lipsync.client.failures";
}
