namespace LipSync.Sdk;

/// <summary>
/// A 2xx body read into memory inside the attempt by <see cref="ErrorHandler"/>, with the value parsed from it when the
/// call declared its JSON type, so the body is parsed once: <see cref="ParsedContentSerializer"/> hands the value to
/// Refit instead of parsing again.
/// </summary>
internal sealed class ParsedContent(byte[] body) : ByteArrayContent(body)
{
    /// <summary>The parsed body, or null when the call declared no JSON type.</summary>
    public object? Value { get; set; }
}
