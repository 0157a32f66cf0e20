using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Defect 5: JSON numbers no double can hold (<c>1e400</c>, <c>-1e400</c>) and NaN-like strings never come back as
/// ±Infinity or NaN. The rule (docs/errors.md): an optional number reads as not reported (null), the neutral progress
/// is clamped to 0–100, a duration beyond <see cref="TimeSpan"/> reads as not reported, and a required number the SDK
/// cannot represent fails as a typed <see cref="LipSyncException"/> (<see cref="LipSyncErrorKind.ServerError"/>).
/// </summary>
public sealed class OutOfRangeNumberTests
{
    [Theory]
    [InlineData("1e400", "-1e400", null, null)]
    [InlineData("-1e400", "1e400", null, null)]
    [InlineData("\"NaN\"", "\"Infinity\"", null, null)]
    [InlineData("250", "1e300", 100.0, null)]
    [InlineData("-3", "12.5", 0.0, 12.5)]
    public async Task Progress_and_duration_of_a_job_stay_finite_and_in_range(string progress, string duration, double? expectedProgress, double? expectedSeconds)
    {
        await using var h = await SyncHarness.StartAsync();
        var job = await h.Client.SubmitAsync(SyncHarness.Request());
        h.Emulator.Faults.Enqueue("GET", "/v2/generate/", Fault.Respond(200,
            $$"""{"id":"{{job.Id}}","status":"PROCESSING","model":"lipsync-2","input":[],"progress_percent":{{progress}},"outputDuration":{{duration}}}"""));

        var read = await h.Client.GetJobAsync(job.Id);

        read.ProgressPercent.Should().Be(expectedProgress);
        read.Duration.Should().Be(expectedSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        var native = (Generation)read.RawRepresentation!;
        native.ProgressPercent.Should().Match(p => p == null || double.IsFinite(p.Value));
        native.OutputDuration.Should().Match(d => d == null || double.IsFinite(d.Value));
    }

    [Fact]
    public async Task A_required_number_beyond_double_range_is_a_typed_error_not_infinity()
    {
        await using var h = await SyncHarness.StartAsync(o => o.Retry.MaxRetries = 0);
        h.Emulator.Faults.Enqueue("POST", "/v2/analyze/cost", Fault.Respond(200,
            """[{"estimatedFrameCount":1e400,"estimatedGenerationCost":-1e400}]"""));

        var act = () => h.Native.EstimateCostAsync(new CreateGenerationRequest
        {
            Model = SyncModels.Lipsync2,
            Input = [GenerationInput.Video(new Uri("https://x.example/v.mp4")), GenerationInput.Audio(new Uri("https://x.example/a.wav"))],
        });

        var error = (await act.Should().ThrowAsync<LipSyncServiceException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.ServerError);
        error.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task An_optional_number_without_its_own_converter_follows_the_same_rule()
    {
        // AudioSpliter's split job declares plain double? fields: the context-wide rule reads them as not reported.
        await using var h = await Envelope.EnvelopeHarness.AudioSpliterAsync();
        var native = Envelope.EnvelopeHarness.Native(h);
        h.Emulator.Faults.Enqueue("GET", "/", Fault.Respond(200,
            """{"id":"job-1","status":"processing","progress":1e400,"sourceDuration":-1e400}"""));

        var job = await native.GetSplitAsync("job-1");

        job.Progress.Should().BeNull();
        job.SourceDuration.Should().BeNull();
    }
}
