namespace LipSync.Sdk;

/// <summary>
/// Where a provider puts the parts of an error in its JSON body. Paths are property names joined by dots
/// (<c>error.code</c>); the first path that holds a value wins.
/// </summary>
public sealed class ErrorBodyLayout
{
    /// <summary>Paths of the provider's machine-readable error code (string or number).</summary>
    public IReadOnlyList<string> CodePaths { get; init; } = [];

    /// <summary>Paths of the human-readable message (string, or an array of strings).</summary>
    public IReadOnlyList<string> MessagePaths { get; init; } = [];

    /// <summary>Paths of a retry hint in seconds.</summary>
    public IReadOnlyList<string> RetryAfterSecondsPaths { get; init; } = [];

    /// <summary>Paths of a retry hint in milliseconds.</summary>
    public IReadOnlyList<string> RetryAfterMillisecondsPaths { get; init; } = [];

    /// <summary>Paths of a request id inside the body.</summary>
    public IReadOnlyList<string> RequestIdPaths { get; init; } = [];

    /// <summary>
    /// Paths of the name of the request field a validation error is about (HeyGen v3 <c>error.param</c>); it becomes
    /// a <see cref="LipSyncFieldError"/> on <see cref="LipSyncValidationException"/>.
    /// </summary>
    public IReadOnlyList<string> FieldPaths { get; init; } = [];

    /// <summary>
    /// Paths of an HTTP status repeated inside the body (AudioSpliter <c>error.status</c>). Used for the kind only when the
    /// response's own status is not an error, as when an envelope reports <c>ok: false</c> under HTTP 200.
    /// </summary>
    public IReadOnlyList<string> StatusPaths { get; init; } = [];

    /// <summary>
    /// Path of an array of per-field validation problems (AudioSpliter <c>error.details.fields</c>); each item is an
    /// object with <see cref="FieldErrorFieldName"/> and <see cref="FieldErrorMessageName"/>, or a plain string.
    /// Read only for validation errors. Null when the provider lists none.
    /// </summary>
    public string? FieldErrorsPath { get; init; }

    /// <summary>The property of a field-error item naming the field. Default <c>field</c>.</summary>
    public string FieldErrorFieldName { get; init; } = "field";

    /// <summary>
    /// Paths of a suggested fix the provider sends with the error (Sync <c>suggestion</c>); it becomes
    /// <see cref="LipSyncException.Suggestion"/>. Internal until a second provider documents one.
    /// </summary>
    internal IReadOnlyList<string> SuggestionPaths { get; init; } = [];

    /// <summary>The property of a field-error item holding the message. Default <c>message</c>.</summary>
    public string FieldErrorMessageName { get; init; } = "message";
}
