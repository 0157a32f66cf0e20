using System.Globalization;

namespace LipSync.Sdk.Testing;

/// <summary>
/// One scripted misbehaviour of a <see cref="LoopbackEmulator"/>, created with the static factory methods and queued
/// with <see cref="FaultScript.Enqueue(string?, string, Fault, int)"/>. Instances are immutable.
/// </summary>
/// <remarks>
/// By default a fault replaces the emulator's normal processing, so nothing happens server-side (no job is created).
/// Call <see cref="AfterProcessing"/> to run the normal handler first and apply the fault to its response instead:
/// that is how a test simulates "the server did the work but the client never saw the answer".
/// </remarks>
public sealed class Fault
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    private Fault(FaultKind kind)
    {
        Kind = kind;
    }

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; }

    /// <summary>The HTTP status sent by <see cref="FaultKind.Respond"/> and <see cref="FaultKind.PartialBody"/>; otherwise 0.</summary>
    public int StatusCode { get; private init; }

    /// <summary>The body sent by <see cref="FaultKind.Respond"/> (may be <see langword="null"/> for none), or the part of the body sent by <see cref="FaultKind.PartialBody"/>.</summary>
    public string? Body { get; private init; }

    /// <summary>The <c>Content-Type</c> of the body, when there is one.</summary>
    public string ContentType { get; private init; } = "application/json";

    /// <summary>Extra response headers (case-insensitive names).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private init; } = NoHeaders;

    /// <summary>
    /// The exact bytes sent by <see cref="RespondBytes"/> (which may be invalid UTF-8), or <see langword="null"/> when the
    /// body is <see cref="Body"/>.
    /// </summary>
    public ReadOnlyMemory<byte>? BodyBytes { get; private init; }

    /// <summary>The total body length sent by <see cref="FaultKind.HugeBody"/>; otherwise 0.</summary>
    public long BodyLength { get; private init; }

    /// <summary>How many bytes of the response head <see cref="FaultKind.CloseDuringHeaders"/> sends before closing; otherwise 0.</summary>
    public int HeadBytes { get; private init; }

    /// <summary>How many body bytes <see cref="FaultKind.ResetMidBody"/> lets through before the reset; otherwise 0.</summary>
    public long BodyBytesBeforeReset { get; private init; }

    /// <summary>How long <see cref="FaultKind.Delay"/> waits; otherwise <see cref="TimeSpan.Zero"/>.</summary>
    public TimeSpan Duration { get; private init; }

    /// <summary>
    /// <see langword="true"/> when the emulator's normal handler runs first and the fault is applied to its response
    /// (see <see cref="AfterProcessing"/>).
    /// </summary>
    public bool AppliesAfterProcessing { get; private init; }

    /// <summary>Answers with <paramref name="statusCode"/> and <paramref name="body"/> instead of the normal handler.</summary>
    /// <param name="statusCode">The HTTP status, e.g. 429 or 503.</param>
    /// <param name="body">The response body, or <see langword="null"/> for an empty body.</param>
    /// <param name="contentType">The <c>Content-Type</c> sent with a non-null body.</param>
    /// <param name="headers">Extra headers, e.g. <c>Retry-After</c>.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not between 100 and 599.</exception>
    public static Fault Respond(int statusCode, string? body, string contentType = "application/json", IDictionary<string, string>? headers = null)
    {
        ValidateStatus(statusCode);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new Fault(FaultKind.Respond)
        {
            StatusCode = statusCode,
            Body = body,
            ContentType = contentType,
            Headers = headers is null ? NoHeaders : new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>
    /// Answers with <paramref name="statusCode"/> and exactly the bytes of <paramref name="body"/>, for bodies a string
    /// cannot carry (invalid UTF-8, a byte-order mark, binary garbage).
    /// </summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="body">The raw body bytes (copied).</param>
    /// <param name="contentType">The <c>Content-Type</c> sent with the body.</param>
    /// <param name="headers">Extra headers.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not between 100 and 599.</exception>
    public static Fault RespondBytes(int statusCode, byte[] body, string contentType = "application/json", IDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ValidateStatus(statusCode);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new Fault(FaultKind.Respond)
        {
            StatusCode = statusCode,
            BodyBytes = body.ToArray(),
            ContentType = contentType,
            Headers = headers is null ? NoHeaders : new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>
    /// Sends only the first <paramref name="headBytes"/> bytes of a response head (<c>HTTP/1.1 200 OK\r\nContent-Ty</c>...),
    /// then closes the connection: the client fails while reading the status line or headers, as when a proxy or a
    /// crashing server cuts the connection mid-head.
    /// </summary>
    /// <param name="headBytes">How many bytes of the head reach the client (at least 1; the default cuts inside the headers).</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headBytes"/> is less than 1.</exception>
    public static Fault CloseDuringHeaders(int headBytes = 24)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(headBytes, 1);
        return new Fault(FaultKind.CloseDuringHeaders) { StatusCode = 200, HeadBytes = headBytes };
    }

    /// <summary>
    /// Streams a body of <paramref name="length"/> bytes (<paramref name="bodyStart"/>, then filler) with a matching
    /// <c>Content-Length</c>, for as long as the client reads: the first MiB at once, then slowly (16 KiB per
    /// millisecond), so a client that drains the body instead of hanging up is caught. The bytes the server managed to
    /// write before the client hung up are counted in <see cref="RecordedRequest.ResponseBodyBytesWritten"/>, so a test
    /// can prove the client did not download the whole body (that count also includes what socket buffers absorbed).
    /// </summary>
    /// <param name="statusCode">The HTTP status, e.g. 500.</param>
    /// <param name="length">The announced and (if read) sent body length in bytes.</param>
    /// <param name="contentType">The <c>Content-Type</c>.</param>
    /// <param name="bodyStart">The beginning of the body; the rest is spaces (still valid JSON or HTML after a complete start).</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not between 100 and 599, or <paramref name="length"/> is negative.</exception>
    public static Fault HugeBody(int statusCode, long length, string contentType = "text/html", string? bodyStart = null)
    {
        ValidateStatus(statusCode);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new Fault(FaultKind.HugeBody) { StatusCode = statusCode, BodyLength = length, ContentType = contentType, Body = bodyStart };
    }

    /// <summary>
    /// Waits <paramref name="duration"/> in real time (the client may give up meanwhile), then lets the request
    /// through to the normal handler.
    /// </summary>
    /// <param name="duration">How long to hold the request.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative.</exception>
    public static Fault Delay(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        return new Fault(FaultKind.Delay) { Duration = duration };
    }

    /// <summary>Never answers: the request is held until the client aborts it (or the emulator stops).</summary>
    /// <returns>The fault.</returns>
    public static Fault Stall() => new(FaultKind.Stall);

    /// <summary>Aborts the connection without sending any response, as a crashed proxy or a network cut would.</summary>
    /// <returns>The fault.</returns>
    public static Fault DropConnection() => new(FaultKind.DropConnection);

    /// <summary>
    /// Sends the status line, headers (with a <c>Content-Length</c> larger than what follows) and
    /// <paramref name="bodyStart"/>, then aborts the connection, so the client fails while reading the body.
    /// </summary>
    /// <param name="statusCode">The HTTP status sent before the cut.</param>
    /// <param name="bodyStart">The beginning of the body that is actually sent.</param>
    /// <param name="contentType">The <c>Content-Type</c> sent with the body.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not between 100 and 599.</exception>
    public static Fault PartialBody(int statusCode, string bodyStart, string contentType = "application/json")
    {
        ValidateStatus(statusCode);
        ArgumentNullException.ThrowIfNull(bodyStart);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new Fault(FaultKind.PartialBody) { StatusCode = statusCode, Body = bodyStart, ContentType = contentType };
    }

    /// <summary>
    /// Lets the emulator's normal handler answer (a result download, a JSON resource), sends its status line, headers
    /// (with the real <c>Content-Length</c>) and the first <paramref name="bodyBytes"/> bytes of its body, then resets
    /// the connection: the client fails mid-body, as when a mobile link or a proxy drops a long download. A body
    /// shorter than that is cut after its last byte.
    /// </summary>
    /// <param name="bodyBytes">How many body bytes reach the client before the reset (0 cuts right after the headers).</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bodyBytes"/> is negative.</exception>
    public static Fault ResetMidBody(long bodyBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bodyBytes);
        return new Fault(FaultKind.ResetMidBody) { BodyBytesBeforeReset = bodyBytes, AppliesAfterProcessing = true };
    }

    /// <summary>
    /// Returns a copy of this fault that first lets the emulator's normal handler process the request (creating
    /// jobs, consuming idempotency keys, advancing state) and then applies the fault to the response: the handler's
    /// response is replaced (<see cref="FaultKind.Respond"/>, <see cref="FaultKind.PartialBody"/>), withheld
    /// (<see cref="FaultKind.Stall"/>, <see cref="FaultKind.DropConnection"/>) or sent late (<see cref="FaultKind.Delay"/>).
    /// </summary>
    /// <returns>The new fault.</returns>
    public Fault AfterProcessing() => new(Kind)
    {
        StatusCode = StatusCode,
        Body = Body,
        ContentType = ContentType,
        Headers = Headers,
        Duration = Duration,
        BodyBytes = BodyBytes,
        BodyLength = BodyLength,
        HeadBytes = HeadBytes,
        BodyBytesBeforeReset = BodyBytesBeforeReset,
        AppliesAfterProcessing = true,
    };

    /// <inheritdoc />
    public override string ToString()
    {
        var text = Kind switch
        {
            FaultKind.Respond or FaultKind.PartialBody => string.Create(CultureInfo.InvariantCulture, $"{Kind}({StatusCode})"),
            FaultKind.HugeBody => string.Create(CultureInfo.InvariantCulture, $"{Kind}({StatusCode}, {BodyLength} bytes)"),
            FaultKind.CloseDuringHeaders => string.Create(CultureInfo.InvariantCulture, $"{Kind}({HeadBytes} bytes)"),
            FaultKind.Delay => string.Create(CultureInfo.InvariantCulture, $"{Kind}({Duration.TotalMilliseconds} ms)"),
            FaultKind.ResetMidBody => string.Create(CultureInfo.InvariantCulture, $"{Kind}({BodyBytesBeforeReset} bytes)"),
            _ => Kind.ToString(),
        };
        return AppliesAfterProcessing ? text + " after processing" : text;
    }

    private static void ValidateStatus(int statusCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
    }
}
