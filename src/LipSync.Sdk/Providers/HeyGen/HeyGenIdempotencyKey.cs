namespace LipSync.Sdk.Providers.HeyGen;

/// <summary>HeyGen's rule for <c>Idempotency-Key</c>: 1–255 characters of <c>[A-Za-z0-9_:.-]</c> (developers.heygen.com).</summary>
internal static class HeyGenIdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";

    private static readonly System.Buffers.SearchValues<char> Allowed =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_:.-");

    /// <summary>The caller's key, validated, or a new one for this logical call.</summary>
    public static string Resolve(string? key)
    {
        key ??= Guid.NewGuid().ToString("N");
        if (key.Length is 0 or > 255 || key.AsSpan().ContainsAnyExcept(Allowed))
        {
            throw LipSyncExceptionFactory.Create(
                LipSyncErrorKind.InvalidRequest,
                "heygen: the Idempotency-Key must be 1-255 characters of A-Z a-z 0-9 _ : . - (nothing was sent).",
                isRetryable: false, HeyGenErrorCatalog.ProviderName, errorCode: "invalid_idempotency_key");
        }

        return key;
    }

    /// <summary>A key for one step of a multi-request call, derived so that a repeated call repeats every step's key.</summary>
    public static string Derive(string key, string step) => key.Length + step.Length < 255 ? key + ":" + step : Guid.NewGuid().ToString("N");
}
