using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.Media;

/// <summary>
/// <see cref="ILipSyncClient.SubmitAsync"/> on HeyGen uploads local media first (<c>POST /v3/assets</c>) and references
/// it by asset id; an upload is retried only when its source can be rewound, so a non-seekable stream is sent at most
/// once. (Constant memory is shown by the 1 GiB Sync test; HeyGen's uploads use the same streamed content.)
/// </summary>
public sealed class HeyGenNeutralUploadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lipsync-heygen-upload-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Local_files_are_uploaded_then_the_job_references_their_assets()
    {
        await using var h = await HeyGenHarness.StartAsync();

        var job = await h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromFile(WriteFile("face.mp4", 5000)), Audio = MediaSource.FromFile(WriteFile("speech.wav", 700)) });

        h.Emulator.Assets.Select(a => (a.FileName, a.SizeBytes)).Should().BeEquivalentTo(new[] { ("face.mp4", 5000L), ("speech.wav", 700L) });
        var body = h.Emulator.RequestsTo("POST", "/v3/lipsyncs").Single().BodyJson()!;
        body["video"]!["type"]!.GetValue<string>().Should().Be("asset_id");
        body["audio"]!["asset_id"]!.GetValue<string>().Should().Be(h.Emulator.Assets.Single(a => a.FileName == "speech.wav").AssetId);
        job.Id.Should().Be(h.Emulator.Jobs.Single().Id);
    }

    [Fact]
    public async Task A_failed_upload_of_a_file_is_retried_because_the_file_can_be_reread()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/v3/assets", Fault.Respond(503, null));

        await h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromFile(WriteFile("face.mp4", 5000)), Audio = MediaSource.FromUrl("https://assets.example.com/a.wav") });

        h.Emulator.RequestsTo("POST", "/v3/assets").Should().HaveCount(2).And.OnlyContain(r => r.BodyLength > 5000);
        h.Emulator.UploadedAssetCount.Should().Be(1);
        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    [Fact]
    public async Task A_non_seekable_stream_is_sent_at_most_once_and_its_failed_upload_is_not_retried()
    {
        await using var h = await HeyGenHarness.StartAsync();
        h.Emulator.Faults.Enqueue("POST", "/v3/assets", Fault.Respond(503, null));
        var stream = new ForwardOnlyStream(new byte[3000]);

        var act = () => h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromStream(stream, "face.mp4"), Audio = MediaSource.FromUrl("https://assets.example.com/a.wav") });

        var error = (await act.Should().ThrowAsync<LipSyncException>()).Which;
        error.IsRetryable.Should().BeFalse("the stream's bytes are gone");
        h.Emulator.RequestsTo("POST", "/v3/assets").Should().ContainSingle();
        stream.Passes.Should().Be(1, "the stream was read once and never rewound");
        h.Emulator.RequestsTo("POST", "/v3/lipsyncs").Should().BeEmpty("no job without its video");
    }

    [Fact]
    public async Task A_non_seekable_stream_that_uploads_fine_is_read_exactly_once()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var stream = new ForwardOnlyStream(new byte[3000]);

        await h.Client.SubmitAsync(new LipSyncRequest { Video = MediaSource.FromStream(stream, "face.mp4"), Audio = MediaSource.FromUrl("https://assets.example.com/a.wav") });

        stream.Passes.Should().Be(1);
        h.Emulator.Assets.Single().SizeBytes.Should().Be(3000);
        h.Emulator.CreatedJobCount.Should().Be(1);
    }

    private string WriteFile(string name, int length)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, new byte[length]);
        return path;
    }

    // A stream that cannot seek and counts how many times it was read from its start.
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public int Passes { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_inner.Position == 0)
            {
                Passes++;
            }

            return _inner.Read(buffer, offset, count);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_inner.Position == 0)
            {
                Passes++;
            }

            return ValueTask.FromResult(_inner.Read(buffer.Span));
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
