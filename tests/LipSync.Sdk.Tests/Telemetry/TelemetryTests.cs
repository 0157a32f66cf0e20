using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Telemetry;

/// <summary>
/// Spans and metrics of the <c>LipSync.Sdk</c> ActivitySource and Meter, over real HTTP. Each test runs under its
/// own root activity and keeps only what was recorded inside that trace; listeners are process-wide, so these tests
/// do not run in parallel with others.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_call_is_one_client_span_with_one_child_per_attempt()
    {
        await using var harness = await SyncHarness.StartAsync();
        harness.Emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(503, null), times: 2);
        using var recorder = new TelemetryRecorder();

        using (recorder.StartRoot())
        {
            await harness.Client.SubmitAsync(SyncHarness.Request());
        }

        var call = recorder.Spans.Should().ContainSingle(s => s.Kind == ActivityKind.Client).Subject;
        call.OperationName.Should().Be("sync.CreateGeneration");
        call.GetTagItem("lipsync.provider").Should().Be("sync");
        call.GetTagItem("lipsync.operation").Should().Be("CreateGeneration");
        call.GetTagItem("http.request.method").Should().Be("POST");
        call.GetTagItem("lipsync.attempts").Should().Be(3);
        call.Status.Should().Be(ActivityStatusCode.Unset);

        var attempts = recorder.Spans.Where(s => s.ParentSpanId == call.SpanId && s.Source.Name == LipSyncDiagnostics.ActivitySourceName)
            .OrderBy(s => (int)s.GetTagItem("lipsync.attempt")!).ToList();
        attempts.Should().HaveCount(3);
        attempts.Select(a => a.GetTagItem("lipsync.attempt")).Should().Equal(1, 2, 3);
        attempts.Select(a => a.GetTagItem("http.response.status_code")).Should().Equal(503, 503, 201);
        attempts.Select(a => a.GetTagItem("error.type")).Should().Equal("ServiceUnavailable", "ServiceUnavailable", null);
        attempts[0].Status.Should().Be(ActivityStatusCode.Error);
        attempts[2].Status.Should().Be(ActivityStatusCode.Unset);
    }

    [Fact]
    public async Task A_failed_call_marks_its_span_and_counts_one_failure_by_kind()
    {
        await using var harness = await SyncHarness.StartAsync();
        harness.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(429,
            """{"statusCode":429,"message":"Rate limit exceeded.","errorCode":"rate_limit_exceeded"}"""), times: 10);
        using var recorder = new TelemetryRecorder();

        using (recorder.StartRoot())
        {
            var act = () => harness.Client.GetJobAsync("gen_1");
            await act.Should().ThrowAsync<LipSyncRateLimitException>();
        }

        var call = recorder.Spans.Single(s => s.Kind == ActivityKind.Client);
        call.Status.Should().Be(ActivityStatusCode.Error);
        call.GetTagItem("error.type").Should().Be("RateLimited");
        call.GetTagItem("http.response.status_code").Should().Be(429);
        call.GetTagItem("lipsync.error.code").Should().Be("rate_limit_exceeded");
        call.GetTagItem("lipsync.attempts").Should().Be(4);

        recorder.Measurements(LipSyncDiagnostics.FailuresInstrument).Should().ContainSingle()
            .Which.Should().Match<Measurement>(m => m.Value == 1 && (string)m.Tags["error.type"]! == "RateLimited"
                && (string)m.Tags["lipsync.provider"]! == "sync" && (string)m.Tags["lipsync.operation"]! == "GetGeneration");
        recorder.Measurements(LipSyncDiagnostics.RetriesInstrument).Should().HaveCount(3).And.OnlyContain(m => m.Value == 1);
        var duration = recorder.Measurements(LipSyncDiagnostics.RequestDurationInstrument).Should().ContainSingle().Subject;
        duration.Tags["error.type"].Should().Be("RateLimited");
        duration.Value.Should().BeGreaterThan(0, "the retry delays ran on the manual clock");
    }

    [Fact]
    public async Task A_successful_call_records_its_duration_and_no_failure()
    {
        await using var harness = await SyncHarness.StartAsync();
        var job = harness.Emulator.AddJob("COMPLETED");
        using var recorder = new TelemetryRecorder();

        using (recorder.StartRoot())
        {
            await harness.Client.GetJobAsync(job.Id);
        }

        var duration = recorder.Measurements(LipSyncDiagnostics.RequestDurationInstrument).Should().ContainSingle().Subject;
        duration.Tags.Should().ContainKey("lipsync.operation").WhoseValue.Should().Be("GetGeneration");
        duration.Tags.Should().NotContainKey("error.type");
        recorder.Measurements(LipSyncDiagnostics.FailuresInstrument).Should().BeEmpty();
        recorder.Measurements(LipSyncDiagnostics.RetriesInstrument).Should().BeEmpty();
    }

    [Fact]
    public async Task Waiting_is_one_span_around_the_polls()
    {
        await using var harness = await SyncHarness.StartAsync();
        var job = harness.Emulator.AddJob("PENDING");
        using var recorder = new TelemetryRecorder();

        using (recorder.StartRoot())
        {
            await harness.Client.WaitForCompletionAsync(job.Id);
        }

        var wait = recorder.Spans.Should().ContainSingle(s => s.OperationName == "sync.WaitForCompletion").Subject;
        wait.GetTagItem("lipsync.job.id").Should().Be(job.Id);
        wait.GetTagItem("lipsync.job.status").Should().Be("Completed");
        recorder.Spans.Where(s => s.Kind == ActivityKind.Client).Should().HaveCount(2).And.OnlyContain(s => s.ParentSpanId == wait.SpanId);
    }

    [Fact]
    public async Task No_tag_carries_the_api_key()
    {
        await using var harness = await SyncHarness.StartAsync();
        harness.Emulator.Faults.Enqueue(Fault.Respond(400, $$"""{"statusCode":400,"message":"bad key {{SyncHarness.ApiKey}}","errorCode":"{{SyncHarness.ApiKey}}"}"""));
        using var recorder = new TelemetryRecorder();

        using (recorder.StartRoot())
        {
            var act = () => harness.Client.GetJobAsync("gen_1");
            await act.Should().ThrowAsync<LipSyncException>();
        }

        recorder.Spans.SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString()).Should().NotContain(v => v != null && v.Contains(SyncHarness.ApiKey));
    }
}

/// <summary>A recorded metric value with its tags.</summary>
internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

/// <summary>Listens to the SDK's ActivitySource and Meter and keeps what belongs to one test's trace.</summary>
internal sealed class TelemetryRecorder : IDisposable
{
    private const string TestSourceName = "LipSync.Sdk.Tests.Telemetry";

    private static readonly ActivitySource TestSource = new(TestSourceName);

    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private ActivityTraceId? _trace;

    public TelemetryRecorder()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is LipSyncDiagnostics.ActivitySourceName or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == _trace && activity.Source.Name == LipSyncDiagnostics.ActivitySourceName)
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);

        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LipSyncDiagnostics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
    }

    public IReadOnlyList<Activity> Spans => [.. _spans];

    public IReadOnlyList<Measurement> Measurements(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>Starts the test's root activity: only spans and measurements inside its trace are kept.</summary>
    public Activity StartRoot()
    {
        var root = TestSource.StartActivity("test-root") ?? throw new InvalidOperationException("The test listener did not sample the root.");
        _trace = root.TraceId;
        return root;
    }

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    // Measurements are recorded while the call's span is current, so the ambient trace says which test made them.
    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (Activity.Current?.TraceId == _trace && _trace is not null)
        {
            var map = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                map[tag.Key] = tag.Value;
            }

            _measurements.Enqueue(new Measurement(instrument.Name, value, map));
        }
    }
}
