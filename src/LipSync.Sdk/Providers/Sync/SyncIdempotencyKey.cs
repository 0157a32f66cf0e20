namespace LipSync.Sdk.Providers.Sync;

/// <summary>Sync's rule for <c>Idempotency-Key</c>: 1–128 characters of <c>[A-Za-z0-9._~-]</c> (guides/idempotency).</summary>
internal static class SyncIdempotencyKey
{
    private static readonly System.Buffers.SearchValues<char> Allowed =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-");

    /// <summary>Rejects a bad key locally, with the code Sync would answer, before anything is sent.</summary>
    public static void Validate(string key)
    {
        if (key.Length is 0 or > 128 || key.AsSpan().ContainsAnyExcept(Allowed))
        {
            throw LipSyncExceptionFactory.Create(
                LipSyncErrorKind.InvalidRequest,
                "sync: the Idempotency-Key must be 1-128 characters of A-Z a-z 0-9 . _ ~ - (nothing was sent).",
                isRetryable: false, SyncErrorCatalog.ProviderName, errorCode: "INVALID_IDEMPOTENCY_KEY");
        }
    }
}
