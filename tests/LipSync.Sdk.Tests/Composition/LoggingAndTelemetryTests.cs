using System.Diagnostics;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Security;
using LipSync.Sdk.Tests.Telemetry;
using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Tests.Composition;

[Collection(EnvironmentCollection.Name)] // the telemetry listener is process-wide, as in TelemetryTests
public sealed class LoggingAndTelemetryTests
{
    [Fact]
    public async Task Logging_records_jobs_and_failures_without_keys_urls_or_forged_lines()
    {
        await using var h = await CompositionHarness.StartAsync();
        var capture = new CapturingLoggerProvider();
        using var logs = new LoggerFactory([capture]);
        var client = new LipSyncClientBuilder(h.SyncClient).UseLogging(logs).Build();
        var request = new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://assets.example.com/speaker.mp4?X-Amz-Signature=secret-signature"),
            Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
        };

        var job = await client.SubmitAsync(request);
        h.Sync.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(404, SyncErrorBodies.Create(404, "gone", "generation_not_found\r\nInformation forged line")));
        await FluentActions.Awaiting(() => client.GetJobAsync(job.Id)).Should().ThrowAsync<LipSyncNotFoundException>();

        var lines = capture.Lines.ToList();
        lines.Should().Contain(l => l.StartsWith("Information LipSync.Sdk.Client", StringComparison.Ordinal) && l.Contains(job.Id, StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Warning LipSync.Sdk.Client", StringComparison.Ordinal) && l.Contains("NotFound", StringComparison.Ordinal) && l.Contains("404", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains(SyncHarness.ApiKey, StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains("secret-signature", StringComparison.Ordinal) || l.Contains("assets.example.com", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains('\n') || l.Contains('\r'));
    }

    [Fact]
    public async Task One_submit_span_parents_the_transport_spans_even_with_telemetry_twice_and_a_fallback()
    {
        await using var h = await CompositionHarness.StartAsync();
        using var recorder = new TelemetryRecorder();
        h.RefuseNextSyncCreate(402, "account_payment_required");
        var heyGen = new LipSyncClientBuilder(h.HeyGenClient).UseOpenTelemetry().Build();
        var client = new LipSyncClientBuilder(h.SyncClient).UseOpenTelemetry().UseFallback(heyGen).UseOpenTelemetry().Build();

        LipSyncJob job;
        using (recorder.StartRoot())
        {
            job = await client.SubmitAsync(CompositionHarness.Request());
        }

        var submits = recorder.Spans.Where(s => s.OperationName == LipSyncDiagnostics.SubmitSpanName).ToList();
        submits.Should().ContainSingle();
        var submit = submits[0];
        submit.GetTagItem("lipsync.provider").Should().Be("heygen");
        submit.GetTagItem("lipsync.job.id").Should().Be(job.Id);
        var calls = recorder.Spans.Where(s => s.OperationName is "sync.CreateGeneration" or "heygen.CreateLipsync").ToList();
        calls.Should().HaveCount(2).And.OnlyContain(s => s.ParentSpanId == submit.SpanId);
        recorder.Measurements(LipSyncDiagnostics.JobsSubmittedInstrument).Should().ContainSingle()
            .Which.Tags["lipsync.provider"].Should().Be("heygen");
    }
}
