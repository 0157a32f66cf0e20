namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>HeyGen's rule for <c>Idempotency-Key</c>: 1–255 characters of <c>[A-Za-z0-9_:.-]</c> (developers.heygen.com).</summary>
internal static class HeyGenIdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";

    private static readonly IdempotencyKeyPolicy Policy = new(
        HeyGenErrorCatalog.ProviderName, HeaderName, 255,
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_:.-", "A-Z a-z 0-9 _ : . -", "invalid_idempotency_key");

    /// <summary>The caller's key, checked, or a new one for this logical call.</summary>
    public static string Resolve(string? key) => Policy.Resolve(key);

    /// <summary>A key for one step of a multi-request call, derived so that a repeated call repeats every step's key.</summary>
    public static string Derive(string key, string step) => key.Length + step.Length < 255 ? key + ":" + step : Guid.NewGuid().ToString("N");
}
