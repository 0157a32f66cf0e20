using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Tests.Chamelaion;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.FirstHour;

/// <summary>
/// Issue 11 defect 4: a missing file was misreported per provider (Sync "the length is unknown", HeyGen a retried
/// network error, four attempts; a directory a raw <see cref="UnauthorizedAccessException"/>). Now it is one
/// <see cref="FileNotFoundException"/> naming the full path, from <see cref="MediaSource.FromFile"/> and, for a file
/// deleted since, from every provider's submit and upload, with nothing sent.
/// </summary>
public sealed class LocalFileErrorTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("lipsync-missing-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void A_missing_file_is_refused_naming_the_path()
    {
        var path = Path.Combine(_dir.FullName, "no-such.mp4");

        var act = () => MediaSource.FromFile(path);

        var error = act.Should().Throw<FileNotFoundException>().Which;
        error.FileName.Should().Be(path);
        error.Message.Should().Contain(path).And.Contain("does not exist");
    }

    [Fact]
    public void A_directory_is_refused_naming_the_path()
    {
        var act = () => MediaSource.FromFile(_dir.FullName);

        act.Should().Throw<FileNotFoundException>().Which.Message.Should().Contain(_dir.FullName).And.Contain("is a directory");
    }

    [Fact]
    public async Task Sync_submit_of_a_file_deleted_since_sends_nothing()
    {
        await using var h = await SyncHarness.StartAsync();
        var request = RequestWithVanishedAudio(out var path);

        var act = () => h.Client.SubmitAsync(request);

        (await act.Should().ThrowAsync<FileNotFoundException>()).Which.FileName.Should().Be(path);
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Sync_native_upload_of_a_file_deleted_since_sends_nothing()
    {
        await using var h = await SyncHarness.StartAsync();
        var source = Vanished("clip.mp4", out var path);

        var act = () => h.Native.UploadAssetAsync(source);

        (await act.Should().ThrowAsync<FileNotFoundException>()).Which.FileName.Should().Be(path);
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task HeyGen_submit_of_a_file_deleted_since_sends_nothing_and_is_not_retried()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var request = RequestWithVanishedAudio(out var path);

        var act = () => h.Client.SubmitAsync(request);

        (await act.Should().ThrowAsync<FileNotFoundException>()).Which.FileName.Should().Be(path);
        h.Emulator.Requests.Should().BeEmpty();
        h.Delays.Should().BeEmpty("a local file problem is not retried");
    }

    [Fact]
    public async Task HeyGen_native_upload_of_a_file_deleted_since_sends_nothing()
    {
        await using var h = await HeyGenHarness.StartAsync();
        var source = Vanished("clip.mp4", out _);

        var act = () => h.Native.UploadAssetAsync(source);

        await act.Should().ThrowAsync<FileNotFoundException>();
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Chamelaion_submit_of_a_file_deleted_since_sends_nothing()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var request = RequestWithVanishedAudio(out var path);

        var act = () => h.Client.SubmitAsync(request);

        (await act.Should().ThrowAsync<FileNotFoundException>()).Which.FileName.Should().Be(path);
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Chamelaion_native_upload_of_a_file_deleted_since_sends_nothing()
    {
        await using var h = await ChamelaionHarness.StartAsync();
        var video = MediaSource.FromFile(Create("face.mp4"));

        var act = () => h.Native.GenerateWithMediaAsync(new GenerateWithMediaRequest { Video = video, Audio = Vanished("speech.wav", out _) });

        await act.Should().ThrowAsync<FileNotFoundException>();
        h.Emulator.Requests.Should().BeEmpty();
    }

    private LipSyncRequest RequestWithVanishedAudio(out string path) => new()
    {
        Video = MediaSource.FromFile(Create("face.mp4")),
        Audio = Vanished("speech.wav", out path),
    };

    // Chosen while it existed, deleted before the request: what a newcomer's cleanup script or a typo'd rerun does.
    private LocalMediaSource Vanished(string name, out string path)
    {
        path = Create(name);
        var source = MediaSource.FromFile(path);
        File.Delete(path);
        return source;
    }

    private string Create(string name)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, new byte[1024]);
        return path;
    }
}
