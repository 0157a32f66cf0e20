using LipSync.Sdk;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ProvidersSample;

/// <summary>
/// Breeze (text to speech): create the job with the native client, then wait on it with the neutral one (Breeze is not
/// a lip-sync provider, so the neutral SubmitAsync throws NotSupportedException).
/// </summary>
internal static class BreezeSample
{
    public static async Task RunAsync()
    {
        // The emulator stands in for https://api.breeze.blue. For the real API: drop the emulator and the BaseAddress
        // line, and set BREEZE_API_KEY.
        await using var emulator = await BreezeEmulator.StartAsync();
        var services = new ServiceCollection().AddLipSyncClient(options => options.AddProvider("breeze", breeze =>
        {
            breeze.ApiKey = emulator.ApiKey;
            breeze.BaseAddress = emulator.BaseAddress;
        }));
        await using var provider = services.Services.BuildServiceProvider();
        var breeze = provider.GetRequiredService<IBreezeClient>();

        var voices = await breeze.GetVoicesPageAsync();
        var voice = voices.Voices[0];
        var speech = await breeze.CreateSpeechJobAsync(voice.VoiceId, new BreezeSpeechRequest { Text = "Hello from the LipSync SDK." });
        Console.WriteLine($"submitted {speech}");

        var done = await provider.GetRequiredService<ILipSyncClient>().WaitForCompletionAsync(speech.GenerationJobId, SampleWait.Options);
        Console.WriteLine($"done      {done}");
    }
}
