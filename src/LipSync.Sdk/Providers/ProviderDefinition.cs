namespace LipSync.Sdk;

/// <summary>
/// Everything the core needs to host one provider: its defaults, its auth header, its error profile, and how to
/// build its native and neutral clients over a transport. Adding a provider is a new folder plus one row in
/// <see cref="ProviderDefinitions"/>.
/// </summary>
internal sealed record ProviderDefinition(
    string Name,
    Uri DefaultBaseAddress,
    string ApiKeyHeader,
    string ApiKeyEnvironmentVariable,
    ProviderErrorProfile ErrorProfile,
    Type NativeClientType,
    Func<ProviderTransport, object> CreateNativeClient,
    Func<object, ILipSyncClient> CreateNeutralClient)
{
    /// <summary>A prefix for the header value, such as "Bearer ".</summary>
    public string ApiKeyPrefix { get; init; } = string.Empty;

    /// <summary>Whether the neutral client's SubmitAsync runs a lip-sync job (false for speech and audio providers).</summary>
    public bool SubmitsLipSyncJobs { get; init; } = true;
}
