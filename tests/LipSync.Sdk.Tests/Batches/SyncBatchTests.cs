using System.Text;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Batches;

/// <summary>
/// Sync batches (sync.md §5): JSONL built from typed requests, every batch rule of the error reference checked locally
/// with Sync's code and line number (and nothing sent), submit, track and read results over loopback HTTP.
/// </summary>
public sealed class SyncBatchTests
{
    [Fact]
    public async Task A_batch_is_built_from_typed_requests_and_submitted_as_multipart()
    {
        await using var h = await SyncHarness.StartAsync();
        var file = SyncBatchFile.Create(Records(20));

        var batch = await h.Native.CreateBatchAsync(file, new Uri("https://hooks.example.com/batch"));

        var lines = Encoding.UTF8.GetString(file.Content.Span).TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(20);
        lines[0].Should().Be(
            """{"request_id":"request-1","endpoint":"/v2/generate","payload":{"model":"lipsync-2","input":[{"type":"video","url":"https://assets.example.com/v1.mp4"},{"type":"audio","url":"https://assets.example.com/a1.wav"}]}}""");
        var sent = h.Emulator.RequestsTo("POST", "/v2/batch").Single();
        sent.Header("Content-Type").Should().StartWith("multipart/form-data");
        sent.BodyText.Should().Contain("name=input; filename=batch.jsonl").And.Contain("name=webhook_url")
            .And.Contain("https://hooks.example.com/batch").And.Contain("name=dry_run");
        sent.Header("Idempotency-Key").Should().BeNull("Sync's idempotency does not cover batches");
        batch.Id.Should().StartWith("batch_");
        batch.Status.Should().Be(BatchStatuses.Pending);
        batch.Metrics!.TotalGenerations.Should().Be(20);
        batch.WebhookUrl.Should().Be("https://hooks.example.com/batch");
    }

    [Fact]
    public async Task A_rate_limited_batch_is_sent_again_with_the_same_form()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/v2/batch", Fault.Respond(429, SyncErrorBodies.RateLimitExceeded()));

        var batch = await h.Native.CreateBatchAsync(SyncBatchFile.Create(Records(20)));

        batch.Id.Should().StartWith("batch_");
        var sent = h.Emulator.RequestsTo("POST", "/v2/batch");
        sent.Should().HaveCount(2, "a 429 proves the batch was not created");
        sent[1].BodyLength.Should().Be(sent[0].BodyLength).And.BeGreaterThan(0, "the form is built again for the second attempt");
        sent[1].BodyText.Should().Contain("name=input; filename=batch.jsonl").And.Contain("request-20");
        h.Emulator.CreatedBatchCount.Should().Be(1);
    }

    [Fact]
    public async Task A_dry_run_only_validates()
    {
        await using var h = await SyncHarness.StartAsync();

        var answer = await h.Native.CreateBatchAsync(SyncBatchFile.Create(Records(25)), dryRun: true);

        answer.IsValidationResult.Should().BeTrue();
        answer.Id.Should().BeNull();
        h.Emulator.CreatedBatchCount.Should().Be(0);
        h.Emulator.Requests.Single().BodyText.Should().Contain("true");
    }

    [Fact]
    public async Task A_batch_is_tracked_to_the_end_and_its_results_follow_the_redirect_without_the_key()
    {
        await using var h = await SyncHarness.StartAsync();
        var created = await h.Native.CreateBatchAsync(SyncBatchFile.Create(Records(20)));
        var seen = new List<string>();

        var done = await h.Native.WaitForBatchAsync(created.Id!, progress: new InlineProgress<Batch>(b => seen.Add(b.Status)));
        var results = await h.Native.ReadBatchResultsAsync(done).ToListAsync();

        seen.Should().Equal(BatchStatuses.Processing, BatchStatuses.Completed);
        done.Metrics!.SuccessCount.Should().Be(20);
        results.Select(r => r.RequestId).Should().Equal(Enumerable.Range(1, 20).Select(i => $"request-{i}"));
        results.Should().OnlyContain(r => r.ToJob()!.Status == JobStatus.Completed && r.ToJob()!.OutputUrl != null);
        h.Emulator.RequestsTo("GET", "/v2/batches/").Single().Header("x-api-key").Should().Be(SyncHarness.ApiKey);
        h.Emulator.RequestsTo("GET", "/results/").Single().Header("x-api-key").Should().BeNull("the signed result file must not see the key");
        (await h.Native.ListBatchesAsync(new ListBatchesOptions { Status = BatchStatuses.Completed })).Select(b => b.Id).Should().Equal(created.Id);
        h.Emulator.RequestsTo("GET", "/v2/batch").Last().QueryString.Should().Be("?status=COMPLETED");
    }

    [Fact]
    public async Task Fewer_than_20_records_is_batch_insufficient_records()
    {
        var error = await RefusedLocally(SyncBatchFile.Create(Records(19)), "batch_insufficient_records");
        error.Message.Should().Contain("at least 20 records. Found 19 record(s)");
    }

    [Fact]
    public async Task More_than_500_records_is_batch_too_many_requests()
    {
        var error = await RefusedLocally(SyncBatchFile.Create(Records(501)), "batch_too_many_requests");
        error.Message.Should().Contain("501").And.Contain("500");
    }

    [Fact]
    public async Task The_record_limits_are_configurable()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.BatchMaxRecords = 1000;

        var batch = await h.Native.CreateBatchAsync(SyncBatchFile.Create(Records(501)), limits: new SyncBatchLimits { MaxRecords = 1000 });

        batch.Metrics!.TotalGenerations.Should().Be(501);
    }

    [Fact]
    public async Task A_file_over_5_MB_is_batch_file_too_large()
    {
        var padding = new string('x', 260_000);
        var jsonl = string.Concat(Enumerable.Range(1, 20).Select(i =>
            $$$"""{"request_id":"r{{{i}}}","endpoint":"/v2/generate","payload":{"model":"lipsync-2","input":[],"pad":"{{{padding}}}"}}""" + "\n"));

        await RefusedLocally(SyncBatchFile.FromJsonl(Encoding.UTF8.GetBytes(jsonl)), "batch_file_too_large");
    }

    [Fact]
    public async Task A_line_that_is_not_JSON_is_batch_invalid_jsonl_with_its_line_number()
    {
        var lines = ValidLines(20);
        lines[2] = """{"request_id":"request-3","endpoint":"/v2/generate","payload":{""";

        var error = await RefusedLocally(FromLines(lines), "batch_invalid_jsonl");

        error.FieldErrors.Single().Field.Should().Be("line 3");
        error.Message.Should().Contain("Invalid JSON at line 3");
    }

    [Fact]
    public async Task Another_endpoint_is_batch_invalid_endpoint_with_its_line_number()
    {
        var lines = ValidLines(20);
        lines[4] = lines[4].Replace("/v2/generate", "/v2/analyze/cost", StringComparison.Ordinal);

        var error = await RefusedLocally(FromLines(lines), "batch_invalid_endpoint");

        error.FieldErrors.Single().Field.Should().Be("line 5");
    }

    [Fact]
    public async Task A_repeated_request_id_is_batch_duplicate_request_id_with_its_line_number()
    {
        var records = Records(20).ToList();
        records[6] = records[6] with { RequestId = "request-2" };

        var error = await RefusedLocally(SyncBatchFile.Create(records), "batch_duplicate_request_id");

        error.FieldErrors.Single().Field.Should().Be("line 7");
        error.Message.Should().Contain("Duplicate request_id found at line 7: request-2");
    }

    [Fact]
    public async Task Every_problem_is_listed_and_the_first_one_names_the_code()
    {
        var lines = ValidLines(19);
        lines[1] = "not json";
        lines[3] = lines[3].Replace("/v2/generate", "/v1/other", StringComparison.Ordinal);

        var error = await RefusedLocally(FromLines(lines), "batch_invalid_jsonl");

        error.FieldErrors.Select(e => e.Field).Should().Equal("line 2", "line 4", null);
    }

    [Fact]
    public async Task The_server_answers_the_same_code_when_local_limits_are_looser()
    {
        await using var h = await SyncHarness.StartAsync();

        var act = () => h.Native.CreateBatchAsync(SyncBatchFile.Create(Records(5)), limits: new SyncBatchLimits { MinRecords = 1 });

        var remote = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        remote.ErrorCode.Should().Be("batch_insufficient_records");
        remote.StatusCode.Should().Be(400);
        var local = await RefusedLocally(SyncBatchFile.Create(Records(5)), "batch_insufficient_records");
        local.Kind.Should().Be(remote.Kind);
        local.IsRetryable.Should().Be(remote.IsRetryable);
    }

    private static async Task<LipSyncValidationException> RefusedLocally(SyncBatchFile file, string code)
    {
        await using var h = await SyncHarness.StartAsync();

        var act = () => h.Native.CreateBatchAsync(file);

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.ErrorCode.Should().Be(code);
        error.Kind.Should().Be(LipSyncErrorKind.InvalidRequest);
        error.IsRetryable.Should().BeFalse();
        error.StatusCode.Should().BeNull();
        error.Message.Should().Contain("nothing was sent");
        h.Emulator.Requests.Should().BeEmpty();
        return error;
    }

    private static IEnumerable<SyncBatchRecord> Records(int count) => Enumerable.Range(1, count).Select(i => new SyncBatchRecord(
        $"request-{i}",
        new CreateGenerationRequest
        {
            Model = SyncModels.Lipsync2,
            Input =
            [
                GenerationInput.Video(new Uri($"https://assets.example.com/v{i}.mp4")),
                GenerationInput.Audio(new Uri($"https://assets.example.com/a{i}.wav")),
            ],
        }));

    private static string[] ValidLines(int count) =>
        Encoding.UTF8.GetString(SyncBatchFile.Create(Records(count)).Content.Span).TrimEnd('\n').Split('\n');

    private static SyncBatchFile FromLines(IEnumerable<string> lines) => SyncBatchFile.FromJsonl(Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
