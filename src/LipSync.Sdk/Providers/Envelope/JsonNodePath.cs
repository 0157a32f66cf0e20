using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LipSync.Sdk.Providers.Envelope;

/// <summary>Reads values at dotted paths of a parsed JSON body; a numeric segment indexes an array. Never throws on odd shapes.</summary>
internal static class JsonNodePath
{
    public static JsonNode? Select(JsonNode? node, string? path)
    {
        if (node is null || string.IsNullOrEmpty(path))
        {
            return null;
        }

        foreach (var segment in path.Split('.'))
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public static string? String(JsonNode? node, string? path) =>
        Select(node, path) is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
                _ => null,
            }
            : null;

    public static double? Number(JsonNode? node, string? path) =>
        double.TryParse(String(node, path), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;

    public static DateTimeOffset? Time(JsonNode? node, string? path)
    {
        var text = String(node, path);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix) && unix is > 0 and < 253402300800)
        {
            return DateTimeOffset.FromUnixTimeSeconds(unix);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }
}
