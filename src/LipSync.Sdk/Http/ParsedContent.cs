namespace LipSync.Sdk;

/// <summary>
/// A 2xx body read into memory inside the attempt by <see cref="ErrorHandler"/>. When the call declared its JSON type
/// the body is parsed there, once: <see cref="Value"/> holds the result, <see cref="ParsedContentSerializer"/> hands it
/// to Refit, and the bytes themselves went back to the pool (reading this content then yields nothing, while its
/// length stays the received one, so nothing mistakes it for an empty answer). Otherwise it holds the bytes.
/// </summary>
internal sealed class ParsedContent : HttpContent
{
    private readonly byte[] _bytes;
    private readonly long _length;

    private ParsedContent(byte[] bytes, long length, object? value)
    {
        _bytes = bytes;
        _length = length;
        Value = value;
    }

    /// <summary>The parsed body, or null when the call declared no JSON type.</summary>
    public object? Value { get; }

    public static ParsedContent Bytes(byte[] bytes) => new(bytes, bytes.Length, null);

    public static ParsedContent Parsed(object value, long receivedLength) => new([], receivedLength, value);

    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
        stream.WriteAsync(_bytes, 0, _bytes.Length);

    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(_bytes, 0, _bytes.Length, cancellationToken);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(_bytes, writable: false));

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
