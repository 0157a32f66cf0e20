using LipSync.Sdk.Providers.Sync;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Reliability.Adapters;

internal sealed class SyncAdapter : ProviderAdapter
{
    public override string Name => "sync";

    public override string ApiKey => "sk-live-sync-RELIAB-4f1d0c9a7e2b";

    public override CreateRecovery CreateRecovery => CreateRecovery.IdempotencyKey;

    public override (string Method, string Path) CreateRoute => ("POST", "/v2/generate");

    public override string ReadPathPrefix => "/v2/generate/";

    public override bool HasBodyRetryHint => true;

    public override Type NativeClientType => typeof(ISyncClient);

    public override (int Status, string Body, LipSyncErrorKind Kind) CodedError =>
        (400, SyncErrorBodies.Create(400, "No audio file was provided in the request.", "generation_audio_missing"), LipSyncErrorKind.InvalidMedia);

    // Sync reports errors with an error status only; a 200 is read as a generation (see the matrix for what a
    // 200 carrying an error object becomes).
    public override (string Body, LipSyncErrorKind Kind)? ErrorInSuccessBody => null;

    public override async Task<LoopbackEmulator> StartEmulatorAsync(int pollsUntilDone = 2) =>
        await SyncEmulator.StartAsync(new SyncEmulatorOptions { ApiKey = ApiKey, PollsUntilProcessing = 1, PollsUntilCompleted = pollsUntilDone });

    public override Uri ApiBase(Uri root) => root;

    public override int CreatedJobCount(LoopbackEmulator emulator) => ((SyncEmulator)emulator).CreatedJobCount;

    public override async Task<string> CreateAsync(ILipSyncClientFactory sdk, CancellationToken cancellationToken = default) =>
        (await sdk.GetClient(Name).SubmitAsync(SyncHarness.Request(), cancellationToken)).Id;

    public override void FailNextJob(LoopbackEmulator emulator, string message) => ((SyncEmulator)emulator).FailNextJob("generation_pipeline_failed", message);

    public override string RateLimitBody(int? retryAfterSeconds) => retryAfterSeconds is { } seconds
        ? SyncErrorBodies.ConcurrencyLimitReached(seconds)
        : SyncErrorBodies.RateLimitExceeded();
}
