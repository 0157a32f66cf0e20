using FluentAssertions;
using LipSync.Sdk.Testing;
using Xunit;

namespace LipSync.Sdk.Tests.Media;

/// <summary>
/// A completed job's result survives the last step on every provider's emulator: a connection reset mid-body is
/// resumed with Range from the first missing byte, an expired link is renewed through the provider and the download
/// continues from the same byte, and the file is byte-for-byte the result. No sleeps: expiry is the emulator's clock.
/// </summary>
public sealed class ResultDownloadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lipsync-download-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(DownloadCase.Providers), MemberType = typeof(DownloadCase))]
    public async Task A_reset_mid_body_and_then_an_expired_link_still_yield_the_exact_result(string provider)
    {
        await using var c = await DownloadCase.StartAsync(provider);
        var cut = c.Expected.Length / 3;
        c.Emulator.Faults.Enqueue("GET", c.OutputPath, Fault.ResetMidBody(cut));
        var renewalsBefore = c.Renewals().Count;
        var progress = new RecordingProgress(onFirst: () => c.ServerClock.Advance(DownloadCase.PastEveryLinkLifetime));
        var target = Path.Combine(_dir, "result.bin");

        var written = await c.Client.DownloadOutputAsync(c.Job, target, new MediaDownloadOptions { Progress = progress });

        written.Should().Be(c.Expected.Length);
        DownloadCase.Sha256(await File.ReadAllBytesAsync(target)).Should().Be(DownloadCase.Sha256(c.Expected));
        File.Exists(target + ".partial").Should().BeFalse();

        // The cut answer, the expired link (403/410), then the rest from a fresh link, asked for by Range.
        var downloads = c.Downloads;
        downloads.Should().HaveCount(3);
        downloads[0].Header("Range").Should().BeNull();
        downloads[1].QueryString.Should().Be(downloads[0].QueryString, "the old link is tried once the clock has moved");
        downloads[2].QueryString.Should().NotBe(downloads[0].QueryString, "the rest comes from a renewed link");
        var resumedAt = long.Parse(downloads[2].Header("Range")!["bytes=".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
        resumedAt.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(cut);
        downloads[2].Header("If-Range").Should().NotBeNullOrEmpty();
        c.Renewals().Count.Should().Be(renewalsBefore + 1);

        // Progress counts on across the resume instead of starting over.
        progress.Values.Should().BeInAscendingOrder();
        progress.Values[^1].Should().Be(c.Expected.Length);

        // The key goes only where the link is an API path (Breeze); presigned and storage links never see it.
        foreach (var download in downloads)
        {
            foreach (var header in new[] { "x-api-key", "X-Api-Key", "xi-api-key", "Authorization" })
            {
                if (!string.Equals(header, c.ApiKeyHeader, StringComparison.OrdinalIgnoreCase))
                {
                    download.Header(header).Should().BeNull();
                }
            }

            if (c.ApiKeyHeader is { } needed)
            {
                download.Header(needed).Should().NotBeNullOrEmpty();
            }
        }

        c.Emulator.UnhandledExceptions.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(DownloadCase.Providers), MemberType = typeof(DownloadCase))]
    public async Task A_link_expired_before_the_download_is_renewed_first(string provider)
    {
        await using var c = await DownloadCase.StartAsync(provider);
        c.ServerClock.Advance(DownloadCase.PastEveryLinkLifetime);
        using var destination = new MemoryStream();

        await c.Client.DownloadOutputAsync(c.Job, destination);

        DownloadCase.Sha256(destination.ToArray()).Should().Be(DownloadCase.Sha256(c.Expected));
        c.Renewals().Should().ContainSingle();

        // Where the SDK shares the server's clock it sees the expiry in the link and never sends the stale one; where
        // the clocks differ, the server's 403/410 is what tells it. Either way the bytes come from the renewed link.
        c.Downloads.Count.Should().BeInRange(1, 2);
        c.Downloads[^1].QueryString.Should().NotBe(c.Job.OutputUrl!.Query);
    }

    [Fact]
    public async Task Without_its_client_an_expired_link_fails_typed_and_leaves_no_file()
    {
        await using var c = await DownloadCase.StartAsync("heygen");
        c.ServerClock.Advance(DownloadCase.PastEveryLinkLifetime);
        var target = Path.Combine(_dir, "result.mp4");

        var act = () => c.Job.DownloadOutputAsync(target);

        var error = (await act.Should().ThrowAsync<LipSyncException>()).Which;
        error.StatusCode.Should().Be(403);
        error.Message.Should().NotContain("X-Amz-Signature");
        File.Exists(target).Should().BeFalse();
        File.Exists(target + ".partial").Should().BeFalse();
    }

    [Fact]
    public async Task A_result_that_changes_between_requests_is_downloaded_again_from_the_start()
    {
        await using var c = await DownloadCase.StartAsync("sync");
        c.Emulator.Faults.Enqueue("GET", c.OutputPath, Fault.ResetMidBody(c.Expected.Length / 2));
        c.Emulator.Faults.Enqueue("GET", c.OutputPath, Fault.Respond(
            206, "other-version-bytes", "video/mp4",
            new Dictionary<string, string> { ["ETag"] = "\"another-object\"", ["Content-Range"] = $"bytes {c.Expected.Length / 2}-{c.Expected.Length / 2 + 18}/{c.Expected.Length}" }));
        using var destination = new MemoryStream();

        await c.Client.DownloadOutputAsync(c.Job, destination);

        destination.ToArray().Should().Equal(c.Expected);
        c.Downloads.Should().HaveCount(3);
        c.Downloads[2].Header("Range").Should().BeNull("bytes of two versions are never spliced");
    }

    [Fact]
    public async Task A_server_checksum_that_does_not_match_fails_the_download()
    {
        await using var c = await DownloadCase.StartAsync("chamelaion");
        var wrong = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("not the result"u8));
        c.Emulator.Faults.Enqueue("GET", c.OutputPath, Fault.RespondBytes(
            200, c.Expected, "video/mp4", new Dictionary<string, string> { ["Repr-Digest"] = $"sha-256=:{wrong}:" }));
        var target = Path.Combine(_dir, "result.mp4");

        var act = () => c.Client.DownloadOutputAsync(c.Job, target);

        (await act.Should().ThrowAsync<LipSyncException>()).Which.Message.Should().Contain("checksum");
        File.Exists(target).Should().BeFalse();
        File.Exists(target + ".partial").Should().BeFalse();
    }

    [Fact]
    public async Task A_short_answer_that_looks_complete_is_caught_by_the_checksum()
    {
        await using var c = await DownloadCase.StartAsync("chamelaion");
        var digest = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(c.Expected));
        c.Emulator.Faults.Enqueue("GET", c.OutputPath, Fault.RespondBytes(
            200, c.Expected.AsSpan(0, c.Expected.Length / 2).ToArray(), "video/mp4",
            new Dictionary<string, string> { ["Repr-Digest"] = $"sha-256=:{digest}:" }));
        using var destination = new MemoryStream();

        // The answer is whole by its own length but short of the result: only the digest of the result tells.
        var act = () => c.Client.DownloadOutputAsync(c.Job, destination);

        (await act.Should().ThrowAsync<LipSyncException>()).Which.Message.Should().Contain("checksum");
    }

    // Records progress inline (Progress<T> would post to the thread pool) and runs an action at the first report.
    private sealed class RecordingProgress(Action onFirst) : IProgress<long>
    {
        private readonly List<long> _values = [];

        public IReadOnlyList<long> Values
        {
            get { lock (_values) { return _values.ToArray(); } }
        }

        public void Report(long value)
        {
            bool first;
            lock (_values)
            {
                first = _values.Count == 0;
                _values.Add(value);
            }

            if (first)
            {
                onFirst();
            }
        }
    }
}
