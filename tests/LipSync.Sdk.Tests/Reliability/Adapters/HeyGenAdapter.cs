using LipSync.Sdk.Providers.HeyGen;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Reliability.Adapters;

internal sealed class HeyGenAdapter : ProviderAdapter
{
    public override string Name => "heygen";

    public override string ApiKey => "hg_live_RELIAB_51c8a2f0e93d";

    public override CreateRecovery CreateRecovery => CreateRecovery.IdempotencyKey;

    public override (string Method, string Path) CreateRoute => ("POST", "/v3/lipsyncs");

    public override string ReadPathPrefix => "/v3/lipsyncs/";

    // HeyGen's error objects carry code/message/param only; Retry-After headers are its only hint.
    public override bool HasBodyRetryHint => false;

    public override Type NativeClientType => typeof(IHeyGenClient);

    public override (int Status, string Body, LipSyncErrorKind Kind) CodedError =>
        (400, HeyGenErrorBodies.CreateText(HeyGenErrorShape.V3, "insufficient_credit", "Your account does not have enough credits."), LipSyncErrorKind.QuotaExceeded);

    // The legacy envelope reports failures under HTTP 200 with code != 100.
    public override (string Body, LipSyncErrorKind Kind)? ErrorInSuccessBody =>
        (HeyGenErrorBodies.CreateText(HeyGenErrorShape.Legacy, "10015", "Trial API limit reached"), LipSyncErrorKind.QuotaExceeded);

    public override async Task<LoopbackEmulator> StartEmulatorAsync(int pollsUntilDone = 2) =>
        await HeyGenEmulator.StartAsync(new HeyGenEmulatorOptions { ApiKey = ApiKey, PollsUntilRunning = 1, PollsUntilCompleted = pollsUntilDone });

    public override Uri ApiBase(Uri root) => root;

    public override int CreatedJobCount(LoopbackEmulator emulator) => ((HeyGenEmulator)emulator).CreatedJobCount;

    public override async Task<string> CreateAsync(ILipSyncClientFactory sdk, CancellationToken cancellationToken = default) =>
        (await sdk.GetClient(Name).SubmitAsync(new LipSyncRequest
        {
            Video = MediaSource.FromUrl("https://assets.example.com/speaker.mp4"),
            Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
        }, cancellationToken)).Id;

    public override void FailNextJob(LoopbackEmulator emulator, string message) =>
        ((HeyGenEmulator)emulator).FailNextJob(HeyGenJobKind.Lipsync, "internal_error", message);

    public override string RateLimitBody(int? retryAfterSeconds) =>
        HeyGenErrorBodies.CreateText(HeyGenErrorShape.V3, "rate_limit_exceeded", "Rate limit exceeded.");
}
