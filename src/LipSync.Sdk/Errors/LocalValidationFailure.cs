namespace LipSync.Sdk;

/// <summary>
/// The exception a provider would have answered with a catalogue row, raised before anything was sent: the row's code,
/// kind and retryability (never retryable: the same request fails the same way), no HTTP status, and the field.
/// </summary>
internal static class LocalValidationFailure
{
    // wireCode: the spelling the provider sends when it differs from the row's (HeyGen v3 sends "invalid_parameter" for
    // the INVALID_PARAMETER row), so the local error carries the same ErrorCode as the remote one.
    public static LipSyncValidationException Create(string provider, ErrorCatalogEntry entry, string? field, string detail, string? wireCode = null)
    {
        // Only validation kinds become LipSyncValidationException; a rule's row is always one of them.
        var kind = entry.Kind is LipSyncErrorKind.InvalidMedia ? entry.Kind : LipSyncErrorKind.InvalidRequest;
        return (LipSyncValidationException)LipSyncExceptionFactory.Create(
            kind, $"{provider}: {entry.Message} {detail} (checked locally; nothing was sent)",
            isRetryable: false, provider, statusCode: null, errorCode: wireCode ?? entry.Code,
            fieldErrors: [new LipSyncFieldError(field, detail)]);
    }
}
