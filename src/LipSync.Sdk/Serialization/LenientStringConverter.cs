using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk;

/// <summary>
/// Reads an optional string field tolerantly: a JSON string is returned as is, a number or boolean as its raw
/// JSON text (HeyGen sends codes as numbers or strings), and an object or array (the <c>{}</c> placeholders in Sync's
/// documentation) is skipped and read as <see langword="null"/>. Writes a plain JSON string. Shared by every provider.
/// </summary>
/// <remarks>Source-generation compatible: apply with <c>[JsonConverter(typeof(LenientStringConverter))]</c>.</remarks>
internal sealed class LenientStringConverter : JsonConverter<string?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value);
    }
}
