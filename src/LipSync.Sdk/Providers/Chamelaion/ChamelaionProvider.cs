namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>How the core hosts Chamelaion.</summary>
internal static class ChamelaionProvider
{
    public const string EnvironmentVariable = "CHAMELAION_API_KEY";

    /// <summary>The documented base address; paths such as <c>/v1/lipsync/generate</c> are appended to it exactly.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.chamelaion.com/api");

    /// <summary>Refit over <see cref="ChamelaionJsonContext"/>: bodies written and read without reflection.</summary>
    public static readonly Refit.RefitSettings RefitSettings = ParsedContentSerializer.Settings(ChamelaionJsonContext.Default.Options);

    // x-api-key rather than "Authorization: Bearer": both are documented as equivalent, and x-api-key is what the
    // official Go SDK sends for CHAMELAION_API_KEY.
    public static ProviderDefinition Definition { get; } = new(
        ChamelaionErrorCatalog.ProviderName,
        DefaultBaseAddress,
        ApiKeyHeader: "x-api-key",
        EnvironmentVariable,
        ChamelaionErrorProfile.Instance,
        typeof(IChamelaionClient),
        connection => new ChamelaionClient(connection, ChamelaionOptions.FromAdditionalProperties(connection.Settings.AdditionalProperties)),
        native => new ChamelaionLipSyncClient((ChamelaionClient)native))
    {
        // Creates carry no idempotency key: pacing and the lookup before a re-send run in the handler chain, under the
        // create's total budget (ChamelaionCreateRecovery).
        CallStrategy = (settings, time) => new ChamelaionCreateRecovery(settings, time),
    };
}
