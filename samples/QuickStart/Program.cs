// LipSync.Sdk quick start: submit a lip-sync job through dependency injection, wait for it, then see how the SDK's
// typed errors look. Without SYNC_API_KEY everything runs against the embedded Sync emulator (a real HTTP server on
// 127.0.0.1 from LipSync.Sdk.Testing), so no key, network or money is needed.
using LipSync.Sdk;
using LipSync.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QuickStart;

const string SampleVideo = "https://assets.sync.so/docs/example-video.mp4";
const string SampleAudio = "https://assets.sync.so/docs/example-audio.wav";

var realApiKey = Environment.GetEnvironmentVariable("SYNC_API_KEY");
var useEmulator = string.IsNullOrWhiteSpace(realApiKey);

// The emulator moves a job PENDING -> PROCESSING -> COMPLETED over three polls.
await using var emulator = useEmulator
    ? await SyncEmulator.StartAsync(new SyncEmulatorOptions { PollsUntilProcessing = 2, PollsUntilCompleted = 3 })
    : null;

Console.WriteLine(emulator is null
    ? "SYNC_API_KEY is set: using the real Sync API (https://api.sync.so)."
    : $"SYNC_API_KEY is not set: using the embedded Sync emulator at {emulator.BaseAddress}");

var services = new ServiceCollection()
    // Warning keeps the SDK's Information-level retry log out of the way; set Information to see it.
    .AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
    .AddLipSyncClient(options =>
    {
        options.DefaultProvider = "sync";
        options.AddProvider("sync", sync =>
        {
            sync.ApiKey = emulator?.ApiKey ?? realApiKey;
            sync.BaseAddress = emulator?.BaseAddress; // null: the provider's default, https://api.sync.so
        });
    })
    .Services;

await using var provider = services.BuildServiceProvider();
var lipSync = provider.GetRequiredService<ILipSyncClient>();

var request = new LipSyncRequest
{
    Video = MediaSource.FromUrl(SampleVideo),
    Audio = MediaSource.FromUrl(SampleAudio),
    Model = "lipsync-2",
};

// The emulator answers instantly, so poll quickly; the real API takes a while, so keep the defaults (1 s, growing).
var pollInterval = emulator is null ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(0.5);

try
{
    await SubmitAndWaitAsync();
    if (emulator is not null)
    {
        var demos = new ErrorDemos(lipSync, emulator, request, pollInterval);
        await demos.ValidationErrorAsync();
        await demos.RateLimitRetriedAsync();
        await demos.FailedJobAsync();
    }

    ClassifyResponse();
    return 0;
}
catch (LipSyncException ex)
{
    // One shape for every failure the SDK reports; the message never contains the API key.
    Console.WriteLine();
    Console.WriteLine($"Failed: {ex.GetType().Name} {ex.Kind} (HTTP {ex.StatusCode?.ToString() ?? "-"}, code {ex.ErrorCode ?? "-"}, retryable {ex.IsRetryable})");
    Console.WriteLine($"  {ex.Message}");
    return 1;
}

async Task SubmitAndWaitAsync()
{
    Section("1. Submit a generation and wait for it");
    var job = await lipSync.SubmitAsync(request);
    Console.WriteLine($"   job id:   {job.Id} ({job.ProviderStatus})");

    var done = await lipSync.WaitForCompletionAsync(job.Id, new JobWaitOptions
    {
        InitialInterval = pollInterval,
        Timeout = TimeSpan.FromMinutes(10),
        Progress = new SynchronousProgress<LipSyncJob>(j =>
            Console.WriteLine($"   status:   {j.Status} ({j.ProviderStatus}){(j.ProgressPercent is { } p ? $" {p:0}%" : "")}")),
    });

    Console.WriteLine($"   output:   {done.OutputUrl}");
    Console.WriteLine($"   duration: {done.Duration?.TotalSeconds:0.0#} s");
}

// Classifying a response outside the HTTP pipeline (say, one logged by a proxy) uses the same code path.
void ClassifyResponse()
{
    Section($"{(emulator is null ? 2 : 5)}. Classify a raw response with LipSyncErrors.FromResponse");
    var error = LipSyncErrors.FromResponse(
        "sync",
        429,
        """{"statusCode":429,"errorCode":"rate_limit_exceeded","message":"Rate limit exceeded. Please try again later.","error":"Too Many Requests"}""",
        [new("Retry-After", ["30"])]);
    Console.WriteLine($"   {error.GetType().Name}: Kind={error.Kind}, IsRetryable={error.IsRetryable}, RetryAfter={error.RetryAfter?.TotalSeconds} s");
    Console.WriteLine($"   message: {error.Message}");
}

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
}
