namespace LipSync.Sdk;

/// <summary>
/// Everything the core needs to host one provider: its defaults, its auth header, its error profile, and how to
/// build its native and neutral clients over a connection. Adding a provider is a new folder plus one row in
/// <see cref="ProviderDefinitions"/>.
/// </summary>
internal sealed record ProviderDefinition(
    string Name,
    Uri DefaultBaseAddress,
    string ApiKeyHeader,
    string ApiKeyEnvironmentVariable,
    ProviderErrorProfile ErrorProfile,
    Type NativeClientType,
    Func<ProviderChannel, object> CreateNativeClient,
    Func<object, ILipSyncClient> CreateNeutralClient)
{
    /// <summary>A prefix for the header value, such as "Bearer ".</summary>
    public string ApiKeyPrefix { get; init; } = string.Empty;

    /// <summary>
    /// The provider's own strategy around each logical call (Chamelaion: pacing creates, and looking a create whose answer
    /// was lost up before sending it again), or null. <see cref="ProviderPipeline"/> places the handler it builds under
    /// <see cref="CallHandler"/> and over the resilience strategies, in the DI and the stand-alone chain alike: it sees the
    /// call's <see cref="CallState"/> with the total budget already running, and every request it sends down the chain is
    /// retried, timed and classified like the call's own, within that budget (give such a request a
    /// <see cref="CallState.Parent"/>). Built from the provider's effective settings and clock; it must keep no state
    /// between calls, since IHttpClientFactory rebuilds handlers.
    /// </summary>
    public Func<TransportSettings, TimeProvider, DelegatingHandler>? CallStrategy { get; init; }

    /// <summary>Whether the neutral client's SubmitAsync runs a lip-sync job (false for speech and audio providers).</summary>
    public bool SubmitsLipSyncJobs { get; init; } = true;
}
