using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Breeze;

/// <summary>Source-generated metadata of Breeze's wire models; nulls are not written.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(FiniteDoubleConverter), typeof(LenientDoubleConverter)])]
[JsonSerializable(typeof(BreezeSpeechRequest))]
[JsonSerializable(typeof(BreezeGenerationJob))]
[JsonSerializable(typeof(BreezeVoicePage))]
internal sealed partial class BreezeJsonContext : JsonSerializerContext
{
}
