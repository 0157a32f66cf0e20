namespace LipSync.Sdk.Providers.Sync;

/// <summary>Sync's rule for <c>Idempotency-Key</c>: 1–128 characters of <c>[A-Za-z0-9._~-]</c> (guides/idempotency).</summary>
internal static class SyncIdempotencyKey
{
    private static readonly IdempotencyKeyPolicy Policy = new(
        SyncErrorCatalog.ProviderName, "Idempotency-Key", 128,
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-", "A-Z a-z 0-9 . _ ~ -", "INVALID_IDEMPOTENCY_KEY");

    /// <summary>The caller's key, checked, or a new one for this logical call.</summary>
    public static string Resolve(string? key) => Policy.Resolve(key);
}
