using System.Buffers;
using System.Text;
using LipSync.Sdk.Providers.Envelope;

namespace LipSync.Sdk;

/// <summary>Turns any provider response into the SDK's error taxonomy, outside the HTTP pipeline.</summary>
public static class LipSyncErrors
{
    /// <summary>
    /// Classifies a provider response exactly as the HTTP pipeline does: the provider's code decides the kind where it
    /// gives a known one, otherwise the status. Bodies that are empty, HTML, truncated, <c>null</c>, arrays or huge
    /// still yield a readable exception; only the first 64 KiB are read.
    /// </summary>
    /// <param name="provider">The provider name ("sync", ...), case-insensitive.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="body">The response body, if any.</param>
    /// <param name="headers">The response headers, if any (for Retry-After, request ids and Content-Type).</param>
    /// <returns>The exception that describes the failure (not thrown).</returns>
    /// <exception cref="ArgumentException">The provider name is unknown.</exception>
    public static LipSyncException FromResponse(
        string provider,
        int statusCode,
        string? body,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (!ProviderRegistry.Default.TryGet(provider, out var definition))
        {
            throw new ArgumentException(
                $"Unknown provider '{provider}'. Known providers: {string.Join(", ", ProviderRegistry.Default.Names)}. "
                + "Classify a custom envelope provider's responses with FromEnvelopeResponse and its profile.",
                nameof(provider));
        }

        return Classify(definition.ErrorProfile, statusCode, body, headers);
    }

    /// <summary>
    /// Classifies a response of a custom envelope API by its profile, exactly as that provider's HTTP pipeline does
    /// (registrations are per container or factory, so the profile is passed rather than looked up by name).
    /// </summary>
    /// <param name="profile">The provider's profile.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="body">The response body, if any.</param>
    /// <param name="headers">The response headers, if any (for Retry-After, request ids and Content-Type).</param>
    /// <returns>The exception that describes the failure (not thrown).</returns>
    /// <exception cref="ArgumentException">The profile is invalid (the message lists every problem).</exception>
    public static LipSyncException FromEnvelopeResponse(
        EnvelopeProfile profile,
        int statusCode,
        string? body,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers = null) =>
        Classify(EnvelopeProviders.CustomDefinition(profile).ErrorProfile, statusCode, body, headers);

    private static LipSyncException Classify(
        ProviderErrorProfile profile, int statusCode, string? body, IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers)
    {
        var text = (body ?? string.Empty).AsSpan();
        var truncated = false;
        if (text.Length > ErrorClassifier.MaxBodyBytes)
        {
            text = text[..ErrorClassifier.MaxBodyBytes];
            truncated = true;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, rented);
            return ErrorClassifier.Classify(
                profile, statusCode, rented.AsSpan(0, length), MediaType(headers), headers, DateTimeOffset.UtcNow,
                SecretRedactor.None, truncated);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // The media type alone, as the pipeline reports it from HttpContent headers; a malformed value counts as none.
    private static string? MediaType(IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers) =>
        System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(ErrorClassifier.FindHeader(headers, "Content-Type"), out var parsed) ? parsed.MediaType : null;

    /// <summary>The documented error catalogue of a provider.</summary>
    /// <param name="provider">The provider name, case-insensitive.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentException">The provider name is unknown.</exception>
    public static ErrorCatalog GetCatalog(string provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return ProviderRegistry.Default.TryGet(provider, out var definition)
            ? definition.ErrorProfile.Catalog
            : throw new ArgumentException($"Unknown provider '{provider}'.", nameof(provider));
    }

    /// <summary>The names of the built-in providers <see cref="FromResponse"/> knows.</summary>
    public static IReadOnlyCollection<string> Providers => ProviderRegistry.Default.Names.ToArray();
}
