using LipSync.Sdk.Providers.AudioSpliter;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Reliability.Adapters;

internal sealed class AudioSpliterAdapter : ProviderAdapter
{
    public override string Name => "audiospliter";

    public override string ApiKey => "as_live_RELIAB_7e0f3b9c24a8";

    public override CreateRecovery CreateRecovery => CreateRecovery.None;

    public override (string Method, string Path) CreateRoute => ("POST", "/api/v1/splits");

    public override string ReadPathPrefix => "/api/v1/splits/";

    public override bool HasBodyRetryHint => true;

    public override Type NativeClientType => typeof(IAudioSpliterClient);

    public override (int Status, string Body, LipSyncErrorKind Kind) CodedError =>
        (400, AudioSpliterErrorBodies.Create("INVALID_URL", "Source URL is not reachable", 400), LipSyncErrorKind.InvalidMedia);

    // The nested error{} envelope comes with an error status only (the profile sets no success-body flag).
    public override (string Body, LipSyncErrorKind Kind)? ErrorInSuccessBody => null;

    public override async Task<LoopbackEmulator> StartEmulatorAsync(int pollsUntilDone = 2) =>
        await AudioSpliterEmulator.StartAsync(new AudioSpliterEmulatorOptions
        {
            ApiKey = ApiKey,
            PollsUntilProcessing = 1,
            PollsUntilCompleted = pollsUntilDone,
            RequestsPerMinute = 1_000_000,
        });

    public override Uri ApiBase(Uri root) => new(root, "api/v1");

    public override int CreatedJobCount(LoopbackEmulator emulator) => ((AudioSpliterEmulator)emulator).CreatedJobCount;

    // AudioSpliter splits audio; its create is the native split job (the neutral client reads it).
    public override async Task<string> CreateAsync(ILipSyncClientFactory sdk, CancellationToken cancellationToken = default) =>
        (await sdk.GetNativeClient<IAudioSpliterClient>(Name).CreateSplitAsync(
            new CreateSplitRequest { SourceUrl = "https://media.example.com/talk.mp3", SegmentDuration = 60 }, cancellationToken)).Id;

    public override void FailNextJob(LoopbackEmulator emulator, string message) => ((AudioSpliterEmulator)emulator).FailNextJob("PROCESSING_FAILED", message);

    public override string RateLimitBody(int? retryAfterSeconds) =>
        retryAfterSeconds is { } seconds ? AudioSpliterErrorBodies.RateLimited(seconds) : AudioSpliterErrorBodies.Create("RATE_LIMITED", "Too many requests", 429);
}
