using LipSync.Sdk.Testing;

namespace LipSync.Sdk.Tests.Reliability.Adapters;

/// <summary>How a provider's create stays single when an attempt's outcome is unknown.</summary>
internal enum CreateRecovery
{
    /// <summary>Every attempt carries the same Idempotency-Key, so the connection retries and the server replays (Sync, HeyGen v3).</summary>
    IdempotencyKey,

    /// <summary>No key, but a client reference id: the SDK looks the job up before sending again (Chamelaion).</summary>
    ReferenceLookup,

    /// <summary>Nothing makes a resend safe: one attempt unless the failure proves nothing was processed (Breeze, AudioSpliter).</summary>
    None,
}

/// <summary>
/// What the reliability suite needs to know about one provider: its emulator, where its create and read go, how to
/// make each call through the SDK, and what its error bodies look like. One table of fault cases runs against every
/// adapter, so a new provider joins the whole suite by adding one adapter to <see cref="All"/>.
/// </summary>
internal abstract class ProviderAdapter
{
    public static readonly IReadOnlyList<ProviderAdapter> All =
        [new SyncAdapter(), new ChamelaionAdapter(), new HeyGenAdapter(), new BreezeAdapter(), new AudioSpliterAdapter()];

    public abstract string Name { get; }

    /// <summary>A key in the shape of the provider's real keys, distinct per provider so any leak names its source.</summary>
    public abstract string ApiKey { get; }

    public abstract CreateRecovery CreateRecovery { get; }

    /// <summary>The create's method and path (faults and attempt counts target it).</summary>
    public abstract (string Method, string Path) CreateRoute { get; }

    /// <summary>The path prefix of the read (GET) of one job.</summary>
    public abstract string ReadPathPrefix { get; }

    /// <summary>Whether a 429 body can carry a retry hint the SDK honours (otherwise the backoff decides).</summary>
    public abstract bool HasBodyRetryHint { get; }

    /// <summary>The native client type (<c>ISyncClient</c>...), whose public async methods the cancellation suite calls.</summary>
    public abstract Type NativeClientType { get; }

    public static ProviderAdapter Get(string name) => All.Single(a => a.Name == name);

    /// <summary>Starts the provider's emulator with <see cref="ApiKey"/>; jobs finish after <paramref name="pollsUntilDone"/> reads.</summary>
    public abstract Task<LoopbackEmulator> StartEmulatorAsync(int pollsUntilDone = 2);

    /// <summary>The SDK's base address for an emulator rooted at <paramref name="root"/> (some APIs live under /api).</summary>
    public abstract Uri ApiBase(Uri root);

    public abstract int CreatedJobCount(LoopbackEmulator emulator);

    /// <summary>Creates one job through the SDK, the way an application would; returns its id.</summary>
    public abstract Task<string> CreateAsync(ILipSyncClientFactory sdk, CancellationToken cancellationToken = default);

    /// <summary>Reads one job through the neutral client.</summary>
    public Task<LipSyncJob> ReadAsync(ILipSyncClientFactory sdk, string jobId, CancellationToken cancellationToken = default) =>
        sdk.GetClient(Name).GetJobAsync(jobId, cancellationToken);

    /// <summary>A 429 body in the provider's shape, with a retry hint of <paramref name="retryAfterSeconds"/> where the shape has one.</summary>
    public abstract string RateLimitBody(int? retryAfterSeconds);

    /// <summary>An error whose provider code (or message) decides a kind other than its HTTP status would.</summary>
    public abstract (int Status, string Body, LipSyncErrorKind Kind) CodedError { get; }

    /// <summary>A 200 whose body is an error in the provider's envelope; null when the provider has none.</summary>
    public abstract (string Body, LipSyncErrorKind Kind)? ErrorInSuccessBody { get; }

    /// <summary>Scripts the next created job to end failed with <paramref name="message"/> (the failure text the provider reports).</summary>
    public abstract void FailNextJob(LoopbackEmulator emulator, string message);

    public override string ToString() => Name;
}
