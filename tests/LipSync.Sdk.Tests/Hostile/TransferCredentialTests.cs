using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.Hostile;

/// <summary>
/// Defect 1: a presigned upload is a transfer, not an API call. HeyGen's direct-upload <c>PUT</c> to a presigned URL on
/// the API's own host (as the emulator serves it) carries no API key, and the API's attempt and total timeouts do not
/// cut it: only the caller's token ends a slow transfer.
/// </summary>
public sealed class TransferCredentialTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"heygen-transfer-{Guid.NewGuid():N}.mp4");

    public TransferCredentialTests()
    {
        using var file = File.Create(_path);
        file.SetLength(HeyGenClient.MaxDirectAssetBytes + 1);
    }

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task A_presigned_put_on_the_api_host_carries_no_key()
    {
        await using var h = await HeyGenHarness.StartAsync(emulator: e => e.RecordBodies = false);

        await h.Native.UploadAssetAsync(MediaSource.FromFile(_path));

        var put = h.Emulator.RequestsTo("PUT", "/uploads/").Single();
        put.Header("X-Api-Key").Should().BeNull("the signature in the URL is the credential");
        put.Header("Authorization").Should().BeNull();
        h.Emulator.RequestsTo("POST", "/v3/assets/direct-uploads").Single().Header("X-Api-Key").Should().Be(HeyGenHarness.ApiKey);
    }

    [Fact]
    public async Task The_api_timeouts_do_not_cut_a_transfer()
    {
        var clock = new ManualTimeProvider();
        await using var h = await SyncHarness.StartAsync(
            o =>
            {
                o.AttemptTimeout = TimeSpan.FromSeconds(1);
                o.TotalTimeout = TimeSpan.FromSeconds(2);
            },
            clock: clock);
        h.Emulator.Faults.Enqueue("PUT", "/uploads/", Fault.Stall());
        using var cancel = new CancellationTokenSource();

        var upload = h.Native.UploadAssetAsync(MediaSource.FromStream(new MemoryStream(new byte[1000]), "speech.wav"), cancellationToken: cancel.Token);
        await h.Emulator.WaitForRequestsAsync("PUT", "/uploads/").WaitAsync(ObservedClock.HangGuard);
        clock.Advance(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        (await FluentActions.Awaiting(() => upload).Should().ThrowAsync<OperationCanceledException>())
            .Which.Should().NotBeAssignableTo<LipSyncException>("the stalled PUT ended by the caller's token, not by the API's 1 s / 2 s timeouts");
        h.Emulator.RequestsTo("PUT", "/uploads/").Should().HaveCount(1);
        h.Emulator.RequestsTo("PUT", "/uploads/").Single().Header("x-api-key").Should().BeNull();
    }
}
