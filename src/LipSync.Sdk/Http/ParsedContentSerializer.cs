using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using Refit;

namespace LipSync.Sdk;

/// <summary>
/// Refit's content serializer for one provider: bodies are written with the provider's System.Text.Json source-generated
/// context (no reflection), and a response already parsed inside the attempt (<see cref="ParsedContent"/>) is handed over
/// as is instead of being parsed a second time.
/// </summary>
internal sealed class ParsedContentSerializer(JsonSerializerOptions options) : IHttpContentSerializer
{
    private readonly SystemTextJsonContentSerializer _json = new(options);

    /// <summary>The Refit settings of a provider whose wire models live in <paramref name="options"/>' source-generated context.</summary>
    public static RefitSettings Settings(JsonSerializerOptions options) => new(new ParsedContentSerializer(options))
    {
        // Bodies are serialized before sending: a Content-Length instead of chunked encoding, and a body that can be sent again.
        Buffered = true,
    };

    public HttpContent ToHttpContent<T>(T item)
    {
        var content = _json.ToHttpContent(item);

        // Refit declares "application/json; charset=utf-8"; JSON has no charset parameter (RFC 8259 §11), and the SDK sent
        // plain application/json before Refit, as the providers' own clients do. The body is UTF-8 either way.
        if (content.Headers.ContentType is { MediaType: "application/json", CharSet: not null })
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        return content;
    }

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default) =>
        content is ParsedContent { Value: T value } ? Task.FromResult<T?>(value) : _json.FromHttpContentAsync<T>(content, cancellationToken);

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => _json.GetFieldNameForProperty(propertyInfo);
}
