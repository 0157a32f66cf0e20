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
}
