using LipSync.Sdk.Providers.Chamelaion;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Reliability.Adapters;

internal sealed class ChamelaionAdapter : ProviderAdapter
{
    public override string Name => "chamelaion";

    public override string ApiKey => "cham_live_RELIAB_9b2e7d41c06a";

    public override CreateRecovery CreateRecovery => CreateRecovery.ReferenceLookup;

    public override (string Method, string Path) CreateRoute => ("POST", "/api/v1/lipsync/generate");

    public override string ReadPathPrefix => "/api/v1/lipsync/requests/";

    // Chamelaion's error body is {"error": "..."} only; Retry-After headers are its only hint.
    public override bool HasBodyRetryHint => false;

    public override Type NativeClientType => typeof(IChamelaionClient);

    public override (int Status, string Body, LipSyncErrorKind Kind) CodedError =>
        (400, ChamelaionErrorBodies.Create(ChamelaionErrorBodies.VideoFileRequired), LipSyncErrorKind.InvalidMedia);

    // Errors come with an error status only; a 200 is read as the documented success shape.
    public override (string Body, LipSyncErrorKind Kind)? ErrorInSuccessBody => null;

    public override async Task<LoopbackEmulator> StartEmulatorAsync(int pollsUntilDone = 2) =>
        await ChamelaionEmulator.StartAsync(new ChamelaionEmulatorOptions { ApiKey = ApiKey, PollsUntilProcessing = 1, PollsUntilCompleted = pollsUntilDone });

    public override Uri ApiBase(Uri root) => new(root, "api");

    public override int CreatedJobCount(LoopbackEmulator emulator) => ((ChamelaionEmulator)emulator).CreatedJobCount;

    public override async Task<string> CreateAsync(ILipSyncClientFactory sdk, CancellationToken cancellationToken = default) =>
        (await sdk.GetClient(Name).SubmitAsync(new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://cdn.example.com/episodes/42.mp4"),
            Audio = MediaSource.FromUrl("https://cdn.example.com/dubs/42-japanese.wav"),
        }, cancellationToken)).Id;

    public override void FailNextJob(LoopbackEmulator emulator, string message) => ((ChamelaionEmulator)emulator).FailNextJob(message);

    public override string RateLimitBody(int? retryAfterSeconds) => ChamelaionErrorBodies.Create(ChamelaionErrorBodies.RateLimitExceeded);
}
