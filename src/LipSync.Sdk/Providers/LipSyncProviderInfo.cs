namespace LipSync.Sdk;

/// <summary>
/// What an application or tool needs to know about a provider the SDK hosts, without building a client: its name,
/// where its API lives, which environment variable holds its key and whether it runs lip-sync jobs.
/// </summary>
public sealed record LipSyncProviderInfo
{
    internal LipSyncProviderInfo(ProviderDefinition definition)
    {
        Name = definition.Name;
        DefaultBaseAddress = definition.DefaultBaseAddress;
        ApiKeyEnvironmentVariable = definition.ApiKeyEnvironmentVariable;
        SupportsLipSyncJobs = definition.SubmitsLipSyncJobs;
    }

    /// <summary>The provider's name, as used in configuration and <see cref="LipSyncException.Provider"/> (for example <c>sync</c>).</summary>
    public string Name { get; }

    /// <summary>The real API's base address, used unless <see cref="LipSyncProviderOptions.BaseAddress"/> replaces it.</summary>
    public Uri DefaultBaseAddress { get; }

    /// <summary>The environment variable the API key is read from when <see cref="LipSyncProviderOptions.ApiKey"/> is not set (for example <c>SYNC_API_KEY</c>).</summary>
    public string ApiKeyEnvironmentVariable { get; }

    /// <summary>
    /// Whether <see cref="ILipSyncClient.SubmitAsync"/> runs a lip-sync job for this provider. When <see langword="false"/>
    /// (a text-to-speech or audio provider), its jobs are created with its native client and only read and waited for
    /// through <see cref="ILipSyncClient"/>.
    /// </summary>
    public bool SupportsLipSyncJobs { get; }
}
