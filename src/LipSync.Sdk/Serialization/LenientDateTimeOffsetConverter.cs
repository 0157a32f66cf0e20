using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk;

/// <summary>
/// Reads an optional timestamp tolerantly: an ISO-8601 string becomes a <see cref="DateTimeOffset"/> (other
/// date formats are parsed with the invariant culture, assuming UTC); unparsable text, numbers, booleans,
/// objects and arrays are skipped and read as <see langword="null"/>. Writes an ISO-8601 string.
/// </summary>
/// <remarks>Source-generation compatible: apply with <c>[JsonConverter(typeof(LenientDateTimeOffsetConverter))]</c>.</remarks>
internal sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (reader.TryGetDateTimeOffset(out var iso))
                {
                    return iso;
                }

                return DateTimeOffset.TryParse(
                    reader.GetString(),
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal,
                    out var parsed)
                    ? parsed
                    : null;
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } timestamp)
        {
            writer.WriteStringValue(timestamp);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
