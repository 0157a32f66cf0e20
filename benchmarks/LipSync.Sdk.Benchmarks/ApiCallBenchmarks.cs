using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// Three Sync calls through the SDK's native client against the same calls made by <see cref="RawSyncClient"/>
/// (bare <see cref="HttpClient"/> + source-generated System.Text.Json), side by side against one in-process
/// <see cref="SyncEmulator"/> (real Kestrel on 127.0.0.1). Each category has the raw call as its baseline:
/// <list type="bullet">
/// <item><c>GetJob</c>: <c>GET /v2/generate/{id}</c> of a frozen COMPLETED job.</item>
/// <item><c>Submit</c>: <c>POST /v2/generate</c> with a JSON body and an <c>Idempotency-Key</c>.</item>
/// <item><c>Error429</c>: a GET answered 429 + Retry-After with Sync's rate-limit body; the SDK (MaxRetries 0) throws
/// a typed <see cref="LipSyncRateLimitException"/>, the baseline reads the body and throws its own exception.</item>
/// </list>
/// </summary>
/// <remarks>
/// The emulator runs in this process, so the allocation column includes the server's side of each request (the same
/// for both rows of a category); the difference between the rows is the SDK's overhead.
/// </remarks>
[MemoryDiagnoser]
[ExceptionDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ApiCallBenchmarks
{
    private const string RateLimitedJobId = "rate-limited-job";
    private const string VideoUrl = "https://assets.sync.so/docs/example-video.mp4";
    private const string AudioUrl = "https://assets.sync.so/docs/example-audio.wav";

    private SyncEmulator _emulator = null!;
    private SyncClient _sdk = null!;
    private SyncClient _sdkNoRetry = null!;
    private RawSyncClient _raw = null!;
    private string _jobId = null!;
    private int _calls;

    [GlobalSetup]
    public void Setup()
    {
        _emulator = SyncEmulator.StartAsync().GetAwaiter().GetResult();

        AddFrozenJob();

        // Every GET of this id is answered 429 with the documented body and a Retry-After, forever.
        _emulator.Faults.Enqueue(
            "GET", "/v2/generate/" + RateLimitedJobId,
            Fault.Respond(429, SyncErrorBodies.RateLimitExceeded(), headers: new Dictionary<string, string> { ["Retry-After"] = "1" }),
            int.MaxValue);

        _sdk = new SyncClient(new LipSyncProviderOptions { ApiKey = _emulator.ApiKey, BaseAddress = _emulator.BaseAddress });
        _sdkNoRetry = new SyncClient(new LipSyncProviderOptions
        {
            ApiKey = _emulator.ApiKey,
            BaseAddress = _emulator.BaseAddress,
            Retry = new LipSyncRetryOptions { MaxRetries = 0 },
        });
        _raw = new RawSyncClient(_emulator.BaseAddress, _emulator.ApiKey!);
        SameRequestCheck.Run(_emulator, () => GetJobRaw(), () => GetJobSdk(), () => SubmitRaw(), () => SubmitSdk());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _sdkNoRetry.Dispose();
        _raw.Dispose();
        _emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [BenchmarkCategory("GetJob"), Benchmark(Baseline = true, Description = "raw HttpClient + STJ")]
    public async Task<string?> GetJobRaw()
    {
        ForgetRequests();
        return (await _raw.GetGenerationAsync(_jobId).ConfigureAwait(false)).OutputUrl;
    }

    [BenchmarkCategory("GetJob"), Benchmark(Description = "SDK GetGenerationAsync")]
    public async Task<string?> GetJobSdk()
    {
        ForgetRequests();
        return (await _sdk.GetGenerationAsync(_jobId).ConfigureAwait(false)).OutputUrl;
    }

    [BenchmarkCategory("Submit"), Benchmark(Baseline = true, Description = "raw HttpClient + STJ")]
    public async Task<string> SubmitRaw()
    {
        ForgetRequests();
        var request = new RawCreateGeneration { Model = "lipsync-2", Input = [new() { Type = "video", Url = VideoUrl }, new() { Type = "audio", Url = AudioUrl }] };
        return (await _raw.CreateGenerationAsync(request).ConfigureAwait(false)).Id;
    }

    [BenchmarkCategory("Submit"), Benchmark(Description = "SDK CreateGenerationAsync")]
    public async Task<string> SubmitSdk()
    {
        ForgetRequests();
        var request = new CreateGenerationRequest
        {
            Model = "lipsync-2",
            Input = [GenerationInput.Video(new Uri(VideoUrl)), GenerationInput.Audio(new Uri(AudioUrl))],
        };
        return (await _sdk.CreateGenerationAsync(request).ConfigureAwait(false)).Id;
    }

    [BenchmarkCategory("Error429"), Benchmark(Baseline = true, Description = "raw: read body + throw")]
    public async Task<int> RateLimitedRaw()
    {
        ForgetRequests();
        try
        {
            await _raw.GetGenerationAsync(RateLimitedJobId).ConfigureAwait(false);
            throw new InvalidOperationException("expected a 429");
        }
        catch (RawApiException ex)
        {
            return ex.StatusCode;
        }
    }

    [BenchmarkCategory("Error429"), Benchmark(Description = "SDK → LipSyncRateLimitException")]
    public async Task<TimeSpan?> RateLimitedSdk()
    {
        ForgetRequests();
        try
        {
            await _sdkNoRetry.GetGenerationAsync(RateLimitedJobId).ConfigureAwait(false);
            throw new InvalidOperationException("expected a 429");
        }
        catch (LipSyncRateLimitException ex)
        {
            return ex.RetryAfter;
        }
    }

    // The emulator records every request and keeps every created job; drop them now and then so memory and lookups
    // stay flat over a long run (the same amortized cost lands on both rows).
    private void ForgetRequests()
    {
        if (++_calls % 4096 == 0)
        {
            _emulator.ClearRequests();
            _emulator.ClearJobs();
            AddFrozenJob();
        }
    }

    // A completed job, frozen so that polls never change what is returned.
    private void AddFrozenJob()
    {
        var id = _emulator.AddJob().Id;
        _emulator.SetJobStatus(id, GenerationStatuses.Completed);
        _jobId = id;
    }
}
