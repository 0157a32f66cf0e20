using System.Text.Json;

namespace LipSync.Sdk.Webhooks;

// Tolerant reading of webhook payloads without reflection (JsonDocument only).
internal static class WebhookJson
{
    public static JsonDocument ParseObject(ReadOnlySpan<byte> rawBody, string provider)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(rawBody);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw Invalid(provider, "the payload is not valid JSON", ex);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw Invalid(provider, "the payload is not a JSON object");
        }

        return document;
    }

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static LipSyncException Invalid(string provider, string problem, Exception? inner = null) => LipSyncExceptionFactory.Create(
        LipSyncErrorKind.InvalidRequest, $"{provider}: webhook payload rejected: {problem}.", isRetryable: false, provider, innerException: inner);
}
