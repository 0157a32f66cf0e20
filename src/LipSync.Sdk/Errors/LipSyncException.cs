using System.Globalization;
using System.Text;

namespace LipSync.Sdk;

/// <summary>
/// The one exception type every provider failure surfaces as (directly or through a subclass): what went wrong
/// (<see cref="Kind"/>), whether a retry can help (<see cref="IsRetryable"/>) and when (<see cref="RetryAfter"/>).
/// The message never contains credentials. Server-provided text in it (and in <see cref="ErrorCode"/> and
/// <see cref="RequestId"/>) is neutralised: control, bidi-override and line-separator characters become spaces and
/// lengths are bounded, so a hostile server can neither forge log lines nor send terminal escapes through it.
/// </summary>
public class LipSyncException : Exception
{
    private string? _responseBody;
    private string? _suggestion;
    private PendingResponseBody? _pendingBody;

    /// <summary>Creates an exception describing a provider failure.</summary>
    /// <param name="message">A readable message (must not contain secrets).</param>
    /// <param name="kind">What went wrong.</param>
    /// <param name="isRetryable">Whether a retry of the same request may succeed.</param>
    /// <param name="provider">The provider name, such as "sync".</param>
    /// <param name="statusCode">The HTTP status, or null when no response was received.</param>
    /// <param name="errorCode">The provider's own error code.</param>
    /// <param name="retryAfter">The server's hint of when to retry.</param>
    /// <param name="requestId">The provider's request id, when it sends one.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public LipSyncException(
        string message,
        LipSyncErrorKind kind,
        bool isRetryable,
        string provider,
        int? statusCode = null,
        string? errorCode = null,
        TimeSpan? retryAfter = null,
        string? requestId = null,
        Exception? innerException = null)
        : base(ServerText.Clean(message, ServerText.MaxMessageLength), innerException)
    {
        ArgumentNullException.ThrowIfNull(provider);
        Kind = kind;
        IsRetryable = isRetryable;
        Provider = provider;
        StatusCode = statusCode;
        ErrorCode = ServerText.Clean(errorCode);
        RetryAfter = retryAfter;
        RequestId = ServerText.Clean(requestId);
    }

    /// <summary>What went wrong.</summary>
    public LipSyncErrorKind Kind { get; }

    /// <summary>Whether a retry of the same request may succeed.</summary>
    public bool IsRetryable { get; }

    /// <summary>The provider name: "sync", "chamelaion", "heygen", "breeze", "audiospliter" or a custom profile name.</summary>
    public string Provider { get; }

    /// <summary>The HTTP status code, or null when no HTTP response was received.</summary>
    public int? StatusCode { get; }

    /// <summary>The provider's own error code as a string, for example "generation_timeout" or "40009".</summary>
    public string? ErrorCode { get; }

    /// <summary>When the server asked the client to retry (Retry-After, retry-after-ms or a body field).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The provider's request id header, where it sends one.</summary>
    public string? RequestId { get; }

    /// <summary>
    /// A fix the provider suggested with the error (Sync's <c>suggestion</c>), cleaned like <see cref="Exception.Message"/>;
    /// null when it sent none. The field a validation error is about is in <see cref="LipSyncValidationException.FieldErrors"/>.
    /// </summary>
    public string? Suggestion { get => _suggestion; internal set => _suggestion = ServerText.Clean(value, ServerText.MaxMessageLength); }

    /// <summary>How many HTTP attempts the SDK made before giving up (0 when the failure was local).</summary>
    public int Attempts { get; internal set; }

    /// <summary>
    /// The start of the error body as received (at most 64 KiB, credentials redacted), for diagnostics.
    /// Null when there was no body.
    /// </summary>
    public string? ResponseBody
    {
        // Decoded (and redacted) on first read: most handled exceptions never look at their body.
        get => _responseBody ??= _pendingBody?.Decode();
        init
        {
            _responseBody = value;
            _pendingBody = null;
        }
    }

    /// <summary>The body as received, decoded into <see cref="ResponseBody"/> only when asked for.</summary>
    internal PendingResponseBody? PendingBody
    {
        init => _pendingBody = value;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(GetType().FullName).Append(": ").Append(Message);
        text.Append(CultureInfo.InvariantCulture, $" [Provider={Provider}, Kind={Kind}, Retryable={IsRetryable}");
        if (StatusCode is { } status)
        {
            text.Append(CultureInfo.InvariantCulture, $", Status={status}");
        }

        if (ErrorCode is not null)
        {
            text.Append(", ErrorCode=").Append(ErrorCode);
        }

        if (RetryAfter is { } retryAfter)
        {
            text.Append(CultureInfo.InvariantCulture, $", RetryAfter={retryAfter.TotalSeconds:0.###}s");
        }

        if (RequestId is not null)
        {
            text.Append(", RequestId=").Append(RequestId);
        }

        if (Attempts > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", Attempts={Attempts}");
        }

        text.Append(']');
        if (InnerException is not null)
        {
            text.Append(" ---> ").Append(InnerException.GetType().FullName).Append(": ").Append(ServerText.Clean(InnerException.Message, ServerText.MaxMessageLength));
        }

        if (StackTrace is not null)
        {
            text.AppendLine().Append(StackTrace);
        }

        return text.ToString();
    }
}
