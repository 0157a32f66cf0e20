// Wires the SDK's ActivitySource and Meter (both named "LipSync.Sdk") to the OpenTelemetry SDK and prints what
// was recorded. A real application adds an exporter (OTLP, Azure Monitor, ...) instead of the console ones below.
using LipSync.Sdk;
using LipSync.Sdk.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OpenTelemetrySample;

var resource = ResourceBuilder.CreateDefault().AddService("lipsync-otel-sample");
using var tracing = Sdk.CreateTracerProviderBuilder()
    .SetResourceBuilder(resource)
    .AddSource(LipSyncDiagnostics.ActivitySourceName)
    .AddProcessor(new SimpleActivityExportProcessor(new ConsoleSpanExporter()))
    .Build();
var metricReader = new BaseExportingMetricReader(new ConsoleMetricExporter());
using var metrics = Sdk.CreateMeterProviderBuilder()
    .SetResourceBuilder(resource)
    .AddMeter(LipSyncDiagnostics.MeterName)
    .AddReader(metricReader)
    .Build();

// The embedded Sync emulator stands in for the real API; its first create answers 503, so one retry is recorded.
await using var emulator = await SyncEmulator.StartAsync();
emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(503, null));

var options = new LipSyncOptions { DefaultProvider = "sync" };
options.Retry.BaseDelay = TimeSpan.FromMilliseconds(50);
options.AddProvider("sync", sync =>
{
    sync.ApiKey = SyncEmulator.DefaultApiKey;
    sync.BaseAddress = emulator.BaseAddress;
});
using var factory = new LipSyncClientFactory(options);
var client = factory.GetDefaultClient();

Console.WriteLine("== spans (one per call, one child per attempt) ==");
var job = await client.SubmitAsync(new LipSyncRequest
{
    Video = MediaSource.FromUrl("https://assets.example.com/speaker.mp4"),
    Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
});
await client.WaitForCompletionAsync(job.Id, new JobWaitOptions { InitialInterval = TimeSpan.FromMilliseconds(50) });
try
{
    await client.GetJobAsync("00000000-0000-0000-0000-000000000000");
}
catch (LipSyncNotFoundException)
{
    // Expected: counted under lipsync.client.failures with error.type=NotFound.
}

Console.WriteLine();
Console.WriteLine("== metrics ==");
metrics.Dispose(); // flushes the reader once (a periodic reader would export on its own schedule)
return ConsoleMetricExporter.Exported.Contains(LipSyncDiagnostics.RetriesInstrument)
    && ConsoleMetricExporter.Exported.Contains(LipSyncDiagnostics.FailuresInstrument)
    && ConsoleSpanExporter.Exported > 0 ? 0 : 1;
