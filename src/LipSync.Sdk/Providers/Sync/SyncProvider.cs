namespace LipSync.Sdk.Providers.Sync;

/// <summary>How the core hosts Sync (sync.so).</summary>
internal static class SyncProvider
{
    public const string EnvironmentVariable = "SYNC_API_KEY";

    public static readonly Uri DefaultBaseAddress = new("https://api.sync.so");

    /// <summary>Refit over <see cref="SyncJsonContext"/>: bodies written and read without reflection.</summary>
    public static readonly Refit.RefitSettings RefitSettings = ParsedContentSerializer.Settings(SyncJsonContext.Default.Options);

    public static ProviderDefinition Definition { get; } = new(
        SyncErrorCatalog.ProviderName,
        DefaultBaseAddress,
        ApiKeyHeader: "x-api-key",
        EnvironmentVariable,
        SyncErrorProfile.Instance,
        typeof(ISyncClient),
        connection => new SyncClient(connection),
        native => new SyncLipSyncClient((SyncClient)native));
}
