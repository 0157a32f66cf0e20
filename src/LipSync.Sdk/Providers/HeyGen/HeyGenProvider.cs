namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>How the core hosts HeyGen (API v3 at <c>https://api.heygen.com</c>, key in <c>X-Api-Key</c>).</summary>
internal static class HeyGenProvider
{
    public const string EnvironmentVariable = "HEYGEN_API_KEY";

    public static readonly Uri DefaultBaseAddress = new("https://api.heygen.com");

    /// <summary>Refit over <see cref="HeyGenJsonContext"/>: bodies written and read without reflection.</summary>
    public static readonly Refit.RefitSettings RefitSettings = ParsedContentSerializer.Settings(HeyGenJsonContext.Default.Options);

    public static ProviderDefinition Definition { get; } = new(
        HeyGenErrorCatalog.ProviderName,
        DefaultBaseAddress,
        ApiKeyHeader: "X-Api-Key",
        EnvironmentVariable,
        HeyGenErrorProfile.Instance,
        typeof(IHeyGenClient),
        connection => new HeyGenClient(connection),
        native => new HeyGenLipSyncClient((HeyGenClient)native));
}
