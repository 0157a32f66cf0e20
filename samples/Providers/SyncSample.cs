using LipSync.Sdk;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ProvidersSample;

/// <summary>Sync (sync.so): submit a lip-sync of two URLs, wait for it, print the result.</summary>
internal static class SyncSample
{
    public static async Task RunAsync()
    {
        // The emulator stands in for https://api.sync.so. For the real API: drop these two lines and the BaseAddress
        // line below, and set SYNC_API_KEY (or ApiKey) instead.
        await using var emulator = await SyncEmulator.StartAsync();
        var services = new ServiceCollection().AddLipSyncClient(options => options.AddProvider("sync", sync =>
        {
            sync.ApiKey = emulator.ApiKey;
            sync.BaseAddress = emulator.BaseAddress;
        }));
        await using var provider = services.Services.BuildServiceProvider();
        var lipSync = provider.GetRequiredService<ILipSyncClient>();

        var job = await lipSync.SubmitAsync(new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://assets.sync.so/docs/example-video.mp4"),
            Audio = MediaSource.FromUrl("https://assets.sync.so/docs/example-audio.wav"),
            Model = "lipsync-2",                                     // one of SyncModels.All
        });
        Console.WriteLine($"submitted {job}");

        var done = await lipSync.WaitForCompletionAsync(job.Id, SampleWait.Options);
        Console.WriteLine($"done      {done}");
    }
}
