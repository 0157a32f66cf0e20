namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>How the core hosts Chamelaion.</summary>
internal static class ChamelaionProvider
{
    public const string EnvironmentVariable = "CHAMELAION_API_KEY";

    /// <summary>The documented base address; paths such as <c>/v1/lipsync/generate</c> are appended to it exactly.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.chamelaion.com/api");

    // x-api-key rather than "Authorization: Bearer": both are documented as equivalent, and x-api-key is what the
    // official Go SDK sends for CHAMELAION_API_KEY.
    public static ProviderDefinition Definition { get; } = new(
        ChamelaionErrorCatalog.ProviderName,
        DefaultBaseAddress,
        ApiKeyHeader: "x-api-key",
        EnvironmentVariable,
        ChamelaionErrorProfile.Instance,
        typeof(IChamelaionClient),
        transport => new ChamelaionClient(transport, ChamelaionOptions.FromAdditionalProperties(transport.Settings.AdditionalProperties)),
        native => new ChamelaionLipSyncClient((ChamelaionClient)native));
}
