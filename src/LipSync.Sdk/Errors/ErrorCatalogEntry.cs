namespace LipSync.Sdk;

/// <summary>
/// One documented provider error code: the fact table row that both the error mapper and the generated
/// error documentation read.
/// </summary>
/// <param name="Code">The provider's own code, exactly as it appears on the wire.</param>
/// <param name="Kind">The taxonomy kind the code maps to.</param>
/// <param name="IsRetryable">Whether a retry of the same request may succeed.</param>
/// <param name="Status">The HTTP status the provider documents for the code, when it documents one.</param>
/// <param name="Message">The provider's documented default message.</param>
public sealed record ErrorCatalogEntry(string Code, LipSyncErrorKind Kind, bool IsRetryable, int? Status, string Message);
