using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk;

/// <summary>
/// Reads an optional number tolerantly: a JSON number is returned as a <see cref="double"/>, a string is parsed
/// with the invariant culture (unparsable text reads as <see langword="null"/>), and a boolean, object or array
/// (for example the <c>{}</c> placeholders in Sync's documentation) is skipped and read as <see langword="null"/>.
/// A value no double can hold — <c>1e400</c>, <c>-1e400</c>, or the strings <c>"NaN"</c> and <c>"Infinity"</c> —
/// reads as <see langword="null"/> too ("not reported"), never as ±Infinity or NaN. Writes a plain JSON number.
/// </summary>
/// <remarks>Source-generation compatible: apply with <c>[JsonConverter(typeof(LenientDoubleConverter))]</c>.</remarks>
internal sealed class LenientDoubleConverter : JsonConverter<double?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) ? Finite(number) : null;
            case JsonTokenType.String:
                var text = reader.GetString();
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? Finite(parsed) : null;
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    private static double? Finite(double number) => double.IsFinite(number) ? number : null;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
