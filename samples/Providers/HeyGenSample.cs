using LipSync.Sdk;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ProvidersSample;

/// <summary>HeyGen: lip-sync a video URL to a local audio file (uploaded first, streamed), in precision mode.</summary>
internal static class HeyGenSample
{
    public static async Task RunAsync()
    {
        // The emulator stands in for https://api.heygen.com. For the real API: drop the emulator and the BaseAddress
        // line, and set HEYGEN_API_KEY.
        await using var emulator = await HeyGenEmulator.StartAsync();
        var services = new ServiceCollection().AddLipSyncClient(options => options.AddProvider("heygen", heygen =>
        {
            heygen.ApiKey = emulator.ApiKey;
            heygen.BaseAddress = emulator.BaseAddress;
        }));
        await using var provider = services.Services.BuildServiceProvider();
        var lipSync = provider.GetRequiredService<ILipSyncClient>();

        var audio = Path.Combine(Path.GetTempPath(), "lipsync-sample-speech.wav");
        await File.WriteAllBytesAsync(audio, new byte[16 * 1024]);   // stands in for your speech file
        try
        {
            var job = await lipSync.SubmitAsync(new LipSyncRequest
            {
                Video = MediaSource.FromUrl("https://cdn.example.com/episode-42.mp4"),
                Audio = MediaSource.FromFile(audio),                 // a missing file: FileNotFoundException, nothing sent
                Model = "precision",                                 // HeyGen's mode: speed (default) or precision
                ClientReference = "episode-42-ja",                   // sent as callback_id
            });
            Console.WriteLine($"submitted {job}");

            var done = await lipSync.WaitForCompletionAsync(job.Id, SampleWait.Options);
            Console.WriteLine($"done      {done}");
        }
        finally
        {
            File.Delete(audio);
        }
    }
}
