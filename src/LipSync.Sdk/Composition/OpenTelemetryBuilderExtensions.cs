using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk;

/// <summary>Adds job-level telemetry to a <see cref="LipSyncClientBuilder"/>.</summary>
public static class OpenTelemetryBuilderExtensions
{
    /// <summary>
    /// Adds a <c>lipsync.Submit</c> span around each submit (parent of the connection's HTTP spans and of every provider
    /// a fallback tries), a <c>lipsync.client.jobs.submitted</c> counter by provider and a
    /// <c>lipsync.client.wait.duration</c> histogram by final status, on the SDK's ActivitySource and Meter
    /// (<see cref="LipSyncDiagnostics.ActivitySourceName"/>, <see cref="LipSyncDiagnostics.MeterName"/>). No span is added
    /// where the SDK already records one, so nothing appears twice; tags carry no secrets.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static LipSyncClientBuilder UseOpenTelemetry(this LipSyncClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) => new OpenTelemetryLipSyncClient(
            inner, inner.GetService(typeof(TimeProvider)) as TimeProvider ?? services.GetService<TimeProvider>() ?? TimeProvider.System));
    }
}
