// Text → Breeze speech (async job) → Sync lip-sync job → result. Speech longer than Sync's 300-second limit is cut
// into pieces with AudioSpliter first, and each piece gets its own lip-sync job.
//
// With no BREEZE_API_KEY / SYNC_API_KEY / AUDIOSPLITER_API_KEY set, everything runs against the embedded emulators.
// Usage: dotnet run --project samples/TextToLipSync [-- --long] [--video https://.../speaker.mp4] [--text "..."]
using LipSync.Sdk;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;
using TextToLipSync;

const int SyncMaxAudioSeconds = 300;
var arguments = SampleArguments.Parse(args);

// Breeze does not report the duration of the audio; estimate it from the text (about 15 characters per second).
var estimatedSeconds = arguments.Text.Length / 15.0;

await using var environment = await SampleEnvironment.StartAsync(emulatedAudioSeconds: estimatedSeconds);
using var factory = new LipSyncClientFactory(environment.Options);
var breeze = factory.GetNativeClient<IBreezeClient>("breeze");
var wait = environment.WaitOptions;

var audioPath = Path.Combine(Path.GetTempPath(), $"speech-{Guid.NewGuid():N}.mp3");
try
{
    // 1. Speech: an async Breeze job, waited for through the provider-neutral client.
    Console.WriteLine($"1. Breeze: speaking {arguments.Text.Length} characters (voice {arguments.VoiceId})…");
    var speechJob = await breeze.CreateSpeechJobAsync(arguments.VoiceId, new BreezeSpeechRequest { Text = arguments.Text });
    var speech = await factory.GetClient("breeze").WaitForCompletionAsync(speechJob.GenerationJobId, wait);
    Console.WriteLine($"   job {speech.Id} is {speech.ProviderStatus}; audio at {speech.OutputUrl}");

    var bytes = await breeze.DownloadAudioToFileAsync(speech.Id, audioPath);
    Console.WriteLine($"   downloaded {bytes:N0} bytes (streamed) to {audioPath}");

    Console.WriteLine($"   estimated length: {estimatedSeconds:0} s (Sync accepts up to {SyncMaxAudioSeconds} s)");

    // 2. Pieces: the speech itself, or AudioSpliter's segments when it is too long for one lip-sync job.
    var pieces = new List<Uri>();
    if (estimatedSeconds <= SyncMaxAudioSeconds)
    {
        pieces.Add(speech.OutputUrl!);
    }
    else
    {
        Console.WriteLine("2. AudioSpliter: too long for one lip-sync job, splitting into 300-second segments…");
        var spliter = factory.GetNativeClient<IAudioSpliterClient>("audiospliter");
        var split = await spliter.CreateSplitAsync(new CreateSplitRequest
        {
            SourceUrl = speech.OutputUrl!.ToString(),
            SegmentDuration = SyncMaxAudioSeconds,
            OutputFormat = SplitOutputFormats.Mp3,
        });
        await factory.GetClient("audiospliter").WaitForCompletionAsync(split.Id, wait);
        var done = await spliter.GetSplitAsync(split.Id);
        pieces.AddRange(done.Segments.OrderBy(s => s.Index).Select(s => new Uri(s.DownloadUrl!)));
        Console.WriteLine($"   {pieces.Count} segments; rate limit left: {spliter.LastRateLimit?.Remaining}/{spliter.LastRateLimit?.Limit}");
    }

    // 3. Lip-sync: one Sync job per piece, submitted together, then waited for.
    Console.WriteLine($"3. Sync: lip-syncing {pieces.Count} piece(s) onto {arguments.VideoUrl}…");
    var sync = factory.GetClient("sync");
    var submitted = new List<LipSyncJob>();
    foreach (var piece in pieces)
    {
        submitted.Add(await sync.SubmitAsync(new LipSyncRequest
        {
            Video = MediaSource.FromUrl(arguments.VideoUrl),
            Audio = MediaSource.FromUrl(piece),
        }));
    }

    var results = await Task.WhenAll(submitted.Select(job => sync.WaitForCompletionAsync(job.Id, wait)));
    foreach (var (result, index) in results.Select((r, i) => (r, i)))
    {
        Console.WriteLine($"   piece {index + 1}: {result.ProviderStatus} → {result.OutputUrl} ({result.Duration?.TotalSeconds:0.#} s)");
    }

    Console.WriteLine("Done.");
}
catch (LipSyncJobFailedException failure)
{
    Console.Error.WriteLine($"A job failed: {failure.Message} (cause {failure.Cause}, retryable {failure.IsRetryable})");
    return 1;
}
catch (LipSyncException error)
{
    Console.Error.WriteLine($"{error.Provider} failed: {error.Message} (kind {error.Kind}, retryable {error.IsRetryable})");
    return 1;
}
finally
{
    File.Delete(audioPath);
}

return 0;
