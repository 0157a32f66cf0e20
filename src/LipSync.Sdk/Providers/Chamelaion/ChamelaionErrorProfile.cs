namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// Chamelaion's errors: <c>{"error": "human-readable error message"}</c> with no code, matched by status and message
/// through <see cref="ChamelaionErrorCatalog.Match"/>.
/// </summary>
internal sealed class ChamelaionErrorProfile : ProviderErrorProfile
{
    private ChamelaionErrorProfile()
        : base(
            ChamelaionErrorCatalog.ProviderName,
            ChamelaionErrorCatalog.Catalog,
            new ErrorBodyLayout
            {
                // "error" is the documented field; the others only help with bodies from proxies and gateways.
                MessagePaths = ["error", "error.message", "message"],
            })
    {
    }

    public static ChamelaionErrorProfile Instance { get; } = new();

    public override ErrorCatalogEntry? Match(int statusCode, string? code, string? message) =>
        ChamelaionErrorCatalog.Match(statusCode, message);

    // The guide's status table gives 412 one meaning, "Token limit reached — upgrade your plan", so a 412 with an
    // unfamiliar message is still the quota; every other documented status means what the generic rules say.
    public override LipSyncErrorKind KindForStatus(int statusCode) =>
        statusCode == 412 ? LipSyncErrorKind.QuotaExceeded : base.KindForStatus(statusCode);
}
