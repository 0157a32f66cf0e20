using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Media;

/// <summary>Sync's three-step asset upload (sync.md §6) and local media in the neutral submit, over loopback HTTP.</summary>
public sealed class SyncUploadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lipsync-upload-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Upload_presigns_puts_raw_bytes_without_the_key_then_registers()
    {
        await using var h = await SyncHarness.StartAsync();
        var path = WriteFile("speaker.mp4", 300_000);
        var progress = new SyncProgress();

        var asset = await h.Native.UploadAssetAsync(MediaSource.FromFile(path), progress: progress);

        var requests = h.Emulator.Requests;
        requests.Select(r => $"{r.Method} {r.Path.Split('/')[1]}/{r.Path.Split('/')[2]}")
            .Should().Equal("POST v2/assets", $"PUT uploads/{h.Emulator.Uploads[0].Token}", "POST v2/assets");
        requests[0].Path.Should().Be("/v2/assets/upload");
        requests[0].BodyJson()!.ToJsonString().Should().Be("""{"fileName":"speaker.mp4","contentType":"video/mp4","size":300000}""");
        requests[0].Header("x-api-key").Should().Be(SyncHarness.ApiKey);

        var put = requests[1];
        put.Header("x-api-key").Should().BeNull("the presigned URL must never see the API key");
        put.Header("Content-Type").Should().Be("video/mp4");
        put.Header("Content-Length").Should().Be("300000");
        put.QueryString.Should().Contain("X-Amz-Signature=emulated");
        put.Body.Should().Equal(await File.ReadAllBytesAsync(path));

        requests[2].Path.Should().Be("/v2/assets");
        requests[2].Header("x-api-key").Should().Be(SyncHarness.ApiKey);
        requests[2].BodyJson()!["type"]!.GetValue<string>().Should().Be("VIDEO");
        asset.Id.Should().Be(h.Emulator.Assets.Single().Id);
        asset.Size.Should().Be(300_000);
        asset.InputType.Should().Be("UPLOAD");
        progress.Values.Should().NotBeEmpty().And.BeInAscendingOrder();
        progress.Values[^1].Should().Be(300_000);
    }

    [Fact]
    public async Task Submit_with_local_files_uploads_them_first_and_sends_asset_ids()
    {
        await using var h = await SyncHarness.StartAsync();
        var request = new LipSyncRequest
        {
            Video = MediaSource.FromFile(WriteFile("speaker.mp4", 5_000)),
            Audio = MediaSource.FromStream(new MemoryStream(new byte[3_000]), "speech.wav"),
        };

        var job = await h.Client.SubmitAsync(request);

        job.Status.Should().Be(JobStatus.Pending);
        h.Emulator.Assets.Select(a => a.Type).Should().Equal("VIDEO", "AUDIO");
        var inputs = h.Emulator.Jobs.Single().Request["input"]!.AsArray();
        inputs[0]!["type"]!.GetValue<string>().Should().Be("video");
        inputs[0]!["assetId"]!.GetValue<string>().Should().Be(h.Emulator.Assets[0].Id);
        inputs[1]!["type"]!.GetValue<string>().Should().Be("audio");
        inputs[1]!["assetId"]!.GetValue<string>().Should().Be(h.Emulator.Assets[1].Id);
        h.Emulator.RequestsTo("PUT", "/uploads/").Should().HaveCount(2).And.OnlyContain(r => r.Header("x-api-key") == null);
    }

    [Fact]
    public async Task A_rewindable_upload_is_retried_after_a_storage_failure()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("PUT", "/uploads/", Fault.Respond(503, "<Error><Code>SlowDown</Code></Error>", "application/xml"));
        var stream = new MemoryStream(Enumerable.Range(0, 10_000).Select(i => (byte)i).ToArray());

        var asset = await h.Native.UploadAssetAsync(MediaSource.FromStream(stream, "speech.wav"));

        var puts = h.Emulator.RequestsTo("PUT", "/uploads/");
        puts.Should().HaveCount(2);
        puts[1].Body.Should().Equal(stream.ToArray(), "the retry re-reads the stream from its start");
        asset.Size.Should().Be(10_000);
    }

    [Fact]
    public async Task A_non_rewindable_upload_is_sent_once_and_never_retried()
    {
        await using var h = await SyncHarness.StartAsync();
        h.Emulator.Faults.Enqueue("PUT", "/uploads/", Fault.Respond(503, "<Error><Code>SlowDown</Code></Error>", "application/xml"));
        var once = new LocalMediaSource("speech.wav", "audio/wav", () => 1_000,
            _ => ValueTask.FromResult<Stream>(new MemoryStream(new byte[1_000])), canReopen: false);

        var act = () => h.Native.UploadAssetAsync(once);

        var error = (await act.Should().ThrowAsync<LipSyncException>()).Which;
        error.StatusCode.Should().Be(503);
        error.Attempts.Should().Be(1);
        h.Emulator.RequestsTo("PUT", "/uploads/").Should().HaveCount(1);
        h.Emulator.RequestsTo("POST", "/v2/assets").Should().HaveCount(1, "only the presign happened; nothing was registered");
    }

    [Fact]
    public async Task A_stream_of_unknown_length_is_refused_before_any_request()
    {
        await using var h = await SyncHarness.StartAsync();

        var act = () => h.Native.UploadAssetAsync(MediaSource.FromStream(new NonSeekableStream(), "speech.wav"));

        var error = (await act.Should().ThrowAsync<LipSyncValidationException>()).Which;
        error.Kind.Should().Be(LipSyncErrorKind.InvalidRequest);
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Completed_output_downloads_to_a_file_with_progress_and_without_the_key()
    {
        await using var h = await SyncHarness.StartAsync(emulator: e => e.OutputVideoLength = 200_000);
        var job = await h.Client.WaitForCompletionAsync((await h.Client.SubmitAsync(SyncHarness.Request())).Id);
        var target = Path.Combine(_dir, "out.mp4");
        var progress = new SyncProgress();

        var written = await job.DownloadOutputAsync(target, new MediaDownloadOptions { Progress = progress });

        written.Should().Be(200_000);
        new FileInfo(target).Length.Should().Be(200_000);
        File.Exists(target + ".partial").Should().BeFalse();
        progress.Values[^1].Should().Be(200_000);
        h.Emulator.RequestsTo("GET", "/outputs/").Single().Header("x-api-key").Should().BeNull();
    }

    [Fact]
    public async Task A_failed_download_is_a_typed_error_and_leaves_no_file()
    {
        await using var h = await SyncHarness.StartAsync();
        var job = new LipSyncJob
        {
            Id = "missing", Provider = "sync", Status = JobStatus.Completed, OutputUrl = new Uri(h.Emulator.GetOutputUrl("missing") + "?sig=secret-token"),
        };
        var target = Path.Combine(_dir, "out.mp4");

        var act = () => job.DownloadOutputAsync(target);

        var error = (await act.Should().ThrowAsync<LipSyncNotFoundException>()).Which;
        error.StatusCode.Should().Be(404);
        error.Message.Should().NotContain("secret-token");
        File.Exists(target).Should().BeFalse();
        File.Exists(target + ".partial").Should().BeFalse();
    }

    private string WriteFile(string name, int length)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray());
        return path;
    }

    /// <summary>Records synchronously (Progress&lt;T&gt; would post to the thread pool and race the assertions).</summary>
    internal sealed class SyncProgress : IProgress<long>
    {
        public List<long> Values { get; } = [];

        public void Report(long value)
        {
            lock (Values)
            {
                Values.Add(value);
            }
        }
    }

    private sealed class NonSeekableStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => 0;

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
