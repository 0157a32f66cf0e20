using LipSync.Sdk.Providers.Breeze;
using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Reliability.Adapters;

internal sealed class BreezeAdapter : ProviderAdapter
{
    public override string Name => "breeze";

    public override string ApiKey => "brz_live_RELIAB_c3a9e04b7d12";

    public override CreateRecovery CreateRecovery => CreateRecovery.None;

    public override (string Method, string Path) CreateRoute => ("POST", "/v1/text-to-speech/");

    public override string ReadPathPrefix => "/v1/generation-jobs/";

    public override bool HasBodyRetryHint => true;

    public override Type NativeClientType => typeof(IBreezeClient);

    public override (int Status, string Body, LipSyncErrorKind Kind) CodedError =>
        (400, BreezeErrorBodies.Create("BILLING_INSUFFICIENT_CREDITS", "Insufficient credits."), LipSyncErrorKind.QuotaExceeded);

    // Breeze's flat envelope may say ok:false under any status, 200 included.
    public override (string Body, LipSyncErrorKind Kind)? ErrorInSuccessBody =>
        (BreezeErrorBodies.Create("VALIDATION_ERROR", "Request validation failed."), LipSyncErrorKind.InvalidRequest);

    public override async Task<LoopbackEmulator> StartEmulatorAsync(int pollsUntilDone = 2) =>
        await BreezeEmulator.StartAsync(new BreezeEmulatorOptions { ApiKey = ApiKey, PollsUntilReady = pollsUntilDone });

    public override Uri ApiBase(Uri root) => root;

    public override int CreatedJobCount(LoopbackEmulator emulator) => ((BreezeEmulator)emulator).CreatedJobCount;

    // Breeze makes speech, not lip-sync: its create is the native speech job (the neutral client reads it).
    public override async Task<string> CreateAsync(ILipSyncClientFactory sdk, CancellationToken cancellationToken = default) =>
        (await sdk.GetNativeClient<IBreezeClient>(Name).CreateSpeechJobAsync("voice-000", new BreezeSpeechRequest { Text = "Hello there." }, cancellationToken: cancellationToken))
            .GenerationJobId;

    public override void FailNextJob(LoopbackEmulator emulator, string message) => ((BreezeEmulator)emulator).FailNextJob("GENERATION_FAILED", message);

    public override string RateLimitBody(int? retryAfterSeconds)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(BreezeErrorBodies.Create("RATE_LIMITED", "Rate limit exceeded."))!;
        if (retryAfterSeconds is { } seconds)
        {
            body["retry_after"] = seconds;
        }

        return body.ToJsonString();
    }
}
