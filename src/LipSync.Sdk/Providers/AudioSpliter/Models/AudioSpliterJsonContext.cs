using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.AudioSpliter;

/// <summary>Source-generated metadata of AudioSpliter's wire models; nulls are not written.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(FiniteDoubleConverter), typeof(LenientDoubleConverter)])]
[JsonSerializable(typeof(CreateSplitRequest))]
[JsonSerializable(typeof(SplitJob))]
internal sealed partial class AudioSpliterJsonContext : JsonSerializerContext
{
}
