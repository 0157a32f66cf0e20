using LipSync.Sdk;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ProvidersSample;

/// <summary>Chamelaion: submit two URLs with your own reference, wait, and find the job again by that reference.</summary>
internal static class ChamelaionSample
{
    public static async Task RunAsync()
    {
        // The emulator stands in for https://api.chamelaion.com/api (note ApiBaseAddress: it carries the /api prefix).
        // For the real API: drop the emulator and the BaseAddress line, and set CHAMELAION_API_KEY.
        await using var emulator = await ChamelaionEmulator.StartAsync();
        var services = new ServiceCollection().AddLipSyncClient(options => options.AddProvider("chamelaion", chamelaion =>
        {
            chamelaion.ApiKey = emulator.ApiKey;
            chamelaion.BaseAddress = emulator.ApiBaseAddress;
        }));
        await using var provider = services.Services.BuildServiceProvider();
        var lipSync = provider.GetRequiredService<ILipSyncClient>();

        var job = await lipSync.SubmitAsync(new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://cdn.example.com/episodes/42.mp4"),
            Audio = MediaSource.FromUrl("https://cdn.example.com/dubs/42-japanese.wav"),
            ClientReference = "dub-episode-42",                      // sent as reference_id; makes retries duplicate-safe
        });
        Console.WriteLine($"submitted {job}");

        var done = await lipSync.WaitForCompletionAsync(job.Id, SampleWait.Options);
        Console.WriteLine($"done      {done}");
    }
}
