using LipSync.Sdk;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ProvidersSample;

/// <summary>
/// AudioSpliter: split long audio into segments (for example to fit Sync's 300-second limit) with the native client,
/// and wait on the split with the neutral one.
/// </summary>
internal static class AudioSpliterSample
{
    public static async Task RunAsync()
    {
        // The emulator stands in for https://api.audiospliter.com/api/v1 (ApiBaseAddress carries the /api/v1 prefix).
        // For the real API: drop the emulator and the BaseAddress line, and set AUDIOSPLITER_API_KEY.
        await using var emulator = await AudioSpliterEmulator.StartAsync();
        var services = new ServiceCollection().AddLipSyncClient(options => options.AddProvider("audiospliter", spliter =>
        {
            spliter.ApiKey = emulator.ApiKey;
            spliter.BaseAddress = emulator.ApiBaseAddress;
        }));
        await using var provider = services.Services.BuildServiceProvider();
        var spliter = provider.GetRequiredService<IAudioSpliterClient>();

        var split = await spliter.CreateSplitAsync(new CreateSplitRequest { SourceUrl = "https://cdn.example.com/podcast.mp3", SegmentDuration = 240 });
        Console.WriteLine($"submitted {split}");

        await provider.GetRequiredService<ILipSyncClient>().WaitForCompletionAsync(split.Id, SampleWait.Options);
        var finished = await spliter.GetSplitAsync(split.Id);
        Console.WriteLine($"done      {finished}");
        foreach (var segment in finished.Segments)
        {
            Console.WriteLine($"  segment {segment.Index}: {segment.Duration} s");
        }
    }
}
