using System.Buffers;

namespace LipSync.Sdk;

/// <summary>
/// A provider's rule for its idempotency header, as data: the header, the length and characters it accepts, and the
/// code the provider answers a bad key with. Resolved once per logical call (the caller's key, checked, or a new one),
/// so every attempt of the call carries the same key and the server can replay instead of creating twice.
/// </summary>
internal sealed class IdempotencyKeyPolicy(string provider, string headerName, int maxLength, string allowed, string allowedText, string errorCode)
{
    private readonly SearchValues<char> _allowed = SearchValues.Create(allowed);

    public string HeaderName { get; } = headerName;

    /// <summary>The caller's key, checked, or a new one for this logical call; a bad key is refused before anything is sent.</summary>
    public string Resolve(string? key)
    {
        key ??= Guid.NewGuid().ToString("N");
        if (key.Length == 0 || key.Length > maxLength || key.AsSpan().ContainsAnyExcept(_allowed))
        {
            throw LipSyncExceptionFactory.Create(
                LipSyncErrorKind.InvalidRequest,
                $"{provider}: the {HeaderName} must be 1-{maxLength} characters of {allowedText} (nothing was sent).",
                isRetryable: false, provider, errorCode: errorCode);
        }

        return key;
    }
}
