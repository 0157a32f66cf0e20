using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk;

/// <summary>
/// The rule for a required number (<see cref="double"/>, in arrays too) on every provider's wire model: JSON allows
/// numbers far outside a double's range (<c>1e400</c>), which System.Text.Json would read as ±Infinity. A value the
/// SDK cannot represent is a body that is not the JSON the API documents: it fails as a <see cref="JsonException"/>,
/// which the connection reports as a <see cref="LipSyncException"/> (<see cref="LipSyncErrorKind.ServerError"/>),
/// never as an infinite cost or segment bound. Optional numbers read "not reported" instead
/// (<see cref="LenientDoubleConverter"/>).
/// </summary>
/// <remarks>
/// Registered once per provider context, with <see cref="LenientDoubleConverter"/> for every optional number:
/// <c>[JsonSourceGenerationOptions(Converters = [typeof(FiniteDoubleConverter), typeof(LenientDoubleConverter)])]</c>.
/// </remarks>
internal sealed class FiniteDoubleConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : throw new JsonException(reader.TokenType == JsonTokenType.Number
                ? "A number is outside the range of a double."
                : $"Expected a number, found {reader.TokenType}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
