using System.Net.Http.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Benchmarks;

/// <summary>
/// One <c>GET /v2/generate/{id}</c> against the in-process Sync emulator (real Kestrel on 127.0.0.1): the SDK's native
/// client (resilience pipeline, API-key handler, full <see cref="Generation"/> model) against a bare
/// <see cref="HttpClient"/> reading a few fields with source-generated JSON. The difference is the SDK's overhead.
/// </summary>
/// <remarks>
/// The emulator runs in this process, so the allocation column includes the server's side of each request (the same
/// for both methods).
/// </remarks>
[MemoryDiagnoser]
public class GetJobBenchmarks
{
    private SyncEmulator _emulator = null!;
    private SyncClient _sdk = null!;
    private HttpClient _raw = null!;
    private string _jobId = null!;
    private string _rawPath = null!;
    private int _calls;

    [GlobalSetup]
    public void Setup()
    {
        _emulator = SyncEmulator.StartAsync().GetAwaiter().GetResult();

        // A completed job, frozen so that polls never change what is returned.
        _jobId = _emulator.AddJob().Id;
        _emulator.SetJobStatus(_jobId, GenerationStatuses.Completed);

        _sdk = new SyncClient(new LipSyncProviderOptions { ApiKey = _emulator.ApiKey, BaseAddress = _emulator.BaseAddress });
        _raw = _emulator.CreateClient(); // BaseAddress and x-api-key set
        _rawPath = "v2/generate/" + Uri.EscapeDataString(_jobId);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient + STJ")]
    public async Task<string?> Raw()
    {
        ForgetRequests();
        using var response = await _raw.GetAsync(_rawPath, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var generation = await response.Content.ReadFromJsonAsync(RawJsonContext.Default.RawGeneration).ConfigureAwait(false);
        return generation?.OutputUrl;
    }

    [Benchmark(Description = "ISyncClient.GetGenerationAsync")]
    public async Task<string?> Sdk()
    {
        ForgetRequests();
        var generation = await _sdk.GetGenerationAsync(_jobId).ConfigureAwait(false);
        return generation.OutputUrl;
    }

    // The emulator records every request; drop the records now and then so memory stays flat over a long run.
    private void ForgetRequests()
    {
        if (++_calls % 4096 == 0)
        {
            _emulator.ClearRequests();
        }
    }
}

/// <summary>The few fields of a Sync generation a hand-written client would read.</summary>
internal sealed class RawGeneration
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("outputUrl")]
    public string? OutputUrl { get; set; }

    [JsonPropertyName("outputDuration")]
    public double? OutputDuration { get; set; }

    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; set; }
}

[JsonSerializable(typeof(RawGeneration))]
internal sealed partial class RawJsonContext : JsonSerializerContext
{
}
