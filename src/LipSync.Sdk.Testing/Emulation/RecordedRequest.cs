using System.Text;
using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

/// <summary>One request received by a <see cref="LoopbackEmulator"/>, as seen on the wire (including requests answered by a fault).</summary>
public sealed class RecordedRequest
{
    private readonly BodyByteCounter? _counter;
    private string? _bodyText;

    internal RecordedRequest(
        string method,
        string path,
        string queryString,
        IReadOnlyDictionary<string, string> headers,
        byte[] body,
        BodyByteCounter? counter,
        DateTimeOffset receivedAt,
        Fault? fault)
    {
        Method = method;
        Path = path;
        QueryString = queryString;
        Headers = headers;
        Body = body;
        _counter = counter;
        ReceivedAt = receivedAt;
        Fault = fault;
    }

    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The decoded path, e.g. <c>/v2/generate/123</c>.</summary>
    public string Path { get; }

    /// <summary>The raw query string including the leading <c>?</c>, or an empty string.</summary>
    public string QueryString { get; }

    /// <summary>The request headers (case-insensitive names; repeated headers joined with <c>", "</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The full request body, or an empty array when <see cref="BodyRecorded"/> is <see langword="false"/>.</summary>
    public byte[] Body { get; }

    /// <summary>The body decoded as UTF-8 (empty when the body was not recorded).</summary>
    public string BodyText => _bodyText ??= Encoding.UTF8.GetString(Body);

    /// <summary>
    /// The number of body bytes received. When bodies are not recorded (see <see cref="LoopbackEmulator.RecordBodies"/>),
    /// this counts bytes as they stream through and is final once the response has been sent.
    /// </summary>
    public long BodyLength => _counter?.Value ?? Body.Length;

    /// <summary>
    /// The response body bytes the server wrote for a <see cref="FaultKind.HugeBody"/> fault before the client stopped
    /// reading and hung up (what the client read plus what socket buffers absorbed); 0 for other responses. Final once
    /// the connection has closed.
    /// </summary>
    public long ResponseBodyBytesWritten => ResponseCounter.Value;

    internal BodyByteCounter ResponseCounter { get; } = new();

    /// <summary><see langword="false"/> when the emulator only counted the body bytes instead of keeping them.</summary>
    public bool BodyRecorded => _counter is null;

    /// <summary>When the emulator received the request, by the emulator's <see cref="LoopbackEmulator.TimeProvider"/>.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The scripted fault applied to this request, or <see langword="null"/> when it was processed normally.</summary>
    public Fault? Fault { get; }

    /// <summary>Returns the value of header <paramref name="name"/>, or <see langword="null"/> when it was not sent.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <returns>The header value, or <see langword="null"/>.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses <see cref="Body"/> as JSON.</summary>
    /// <returns>The parsed node, or <see langword="null"/> when the body is empty.</returns>
    /// <exception cref="System.Text.Json.JsonException">The body is not valid JSON.</exception>
    public JsonNode? BodyJson() => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}{QueryString}";
}
