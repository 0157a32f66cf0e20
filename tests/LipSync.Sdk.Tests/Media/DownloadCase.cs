using System.Security.Cryptography;
using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;
using LipSync.Sdk.Tests.Chamelaion;
using LipSync.Sdk.Tests.Envelope;
using LipSync.Sdk.Tests.HeyGen;

namespace LipSync.Sdk.Tests.Media;

/// <summary>
/// A completed job on one provider's emulator, ready to be downloaded: the client that made it, the exact bytes its
/// result holds (read straight from the emulator), where the emulator serves results, and the clock the emulator
/// judges link expiry by (Sync and HeyGen run theirs apart from the SDK's, so only the server knows a link expired;
/// the others share one clock with the SDK).
/// </summary>
internal sealed class DownloadCase : IAsyncDisposable
{
    public static readonly TimeSpan PastEveryLinkLifetime = TimeSpan.FromDays(8);

    private readonly IAsyncDisposable _harness;

    private DownloadCase(IAsyncDisposable harness, LoopbackEmulator emulator, ILipSyncClient client, LipSyncJob job, byte[] expected,
        string outputPath, ManualTimeProvider serverClock, string? apiKeyHeader, Func<IReadOnlyList<RecordedRequest>> renewals)
    {
        _harness = harness;
        Emulator = emulator;
        Client = client;
        Job = job;
        Expected = expected;
        OutputPath = outputPath;
        ServerClock = serverClock;
        ApiKeyHeader = apiKeyHeader;
        Renewals = renewals;
    }

    public static TheoryData<string> Providers => new() { "sync", "heygen", "chamelaion", "breeze", "audiospliter" };

    public LoopbackEmulator Emulator { get; }

    public ILipSyncClient Client { get; }

    public LipSyncJob Job { get; }

    public byte[] Expected { get; }

    /// <summary>The path prefix of result downloads on the emulator.</summary>
    public string OutputPath { get; }

    public ManualTimeProvider ServerClock { get; }

    /// <summary>The key header the result link needs (Breeze's API path), or null for links that must never carry one.</summary>
    public string? ApiKeyHeader { get; }

    /// <summary>The requests that renewed the link since the job completed (Sync's download endpoint, or job reads).</summary>
    public Func<IReadOnlyList<RecordedRequest>> Renewals { get; }

    public IReadOnlyList<RecordedRequest> Downloads => Emulator.RequestsTo("GET", OutputPath);

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    public static async Task<DownloadCase> StartAsync(string provider)
    {
        switch (provider)
        {
            case "sync":
            {
                var clock = new ManualTimeProvider();
                var h = await SyncHarness.StartAsync(emulator: e =>
                {
                    e.TimeProvider = clock;
                    e.OutputVideoLength = 200_000;
                });
                var job = await h.Client.WaitForCompletionAsync((await h.Client.SubmitAsync(SyncHarness.Request())).Id);
                var expected = await ReadDirectlyAsync(h.Emulator.GetOutputUrl(job.Id));
                h.Emulator.ClearRequests();
                return new(h, h.Emulator, h.Client, job, expected, "/outputs/", clock, null,
                    () => h.Emulator.RequestsTo("GET", $"/v2/generations/{job.Id}/download"));
            }

            case "heygen":
            {
                var clock = new ManualTimeProvider();
                var h = await HeyGenHarness.StartAsync(emulator: e => e.TimeProvider = clock);
                var job = await h.Client.WaitForCompletionAsync((await h.Client.SubmitAsync(HeyGenHarness.Request())).Id);
                var expected = await ReadDirectlyAsync(h.Emulator.GetOutputUrl(job.Id));
                h.Emulator.ClearRequests();
                return new(h, h.Emulator, h.Client, job, expected, "/outputs/", clock, null,
                    () => h.Emulator.RequestsTo("GET", "/v3/lipsyncs/" + job.Id));
            }

            case "chamelaion":
            {
                var h = await ChamelaionHarness.StartAsync();
                var job = await h.Client.WaitForCompletionAsync((await h.Client.SubmitAsync(ChamelaionHarness.UrlRequest())).Id);
                var expected = await ReadDirectlyAsync(h.Emulator.GetOutputUrl(job.Id));
                h.Emulator.ClearRequests();
                return new(h, h.Emulator, h.Client, job, expected, "/output/", h.Time, null,
                    () => h.Emulator.RequestsTo("GET", "/api/v1/lipsync/requests/" + job.Id));
            }

            case "breeze":
            {
                var h = await EnvelopeHarness.BreezeAsync(o => o.PollsUntilReady = 1);
                var created = await h.Native().CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hello there." });
                var job = await h.Client.WaitForCompletionAsync(created.GenerationJobId);
                h.Emulator.ClearRequests();
                return new(h, h.Emulator, h.Client, job, h.Emulator.GetAudio(job.Id), "/v1/history/", h.Time, "xi-api-key",
                    () => h.Emulator.RequestsTo("GET", "/v1/generation-jobs/" + job.Id));
            }

            case "audiospliter":
            {
                var h = await EnvelopeHarness.AudioSpliterAsync();
                var created = await h.Native().CreateSplitAsync(new CreateSplitRequest { SourceUrl = "https://media.example.com/talk.mp3", SegmentDuration = 120 });
                var job = await h.Client.WaitForCompletionAsync(created.Id);
                h.Emulator.ClearRequests();
                return new(h, h.Emulator, h.Client, job, h.Emulator.GetSegmentBytes(job.Id, 0), "/cdn/", h.Time, null,
                    () => h.Emulator.RequestsTo("GET", "/api/v1/splits/" + job.Id));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    // The link without its presigned query never expires: the reference copy of the result.
    private static async Task<byte[]> ReadDirectlyAsync(string url)
    {
        using var http = new HttpClient();
        return await http.GetByteArrayAsync(url);
    }
}
