using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Source-generated System.Text.Json metadata for every Sync wire model. Null values are not written; property
/// names come from the explicit <see cref="JsonPropertyNameAttribute"/> on each member (no naming policy).
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(FiniteDoubleConverter), typeof(LenientDoubleConverter)])]
[JsonSerializable(typeof(CreateGenerationRequest))]
[JsonSerializable(typeof(GenerationInput))]
[JsonSerializable(typeof(GenerationOptions))]
[JsonSerializable(typeof(List<GenerationSegment>))]
[JsonSerializable(typeof(Generation))]
[JsonSerializable(typeof(List<Generation>))]
[JsonSerializable(typeof(List<ModelInfo>))]
[JsonSerializable(typeof(List<EstimatedGenerationCost>))]
[JsonSerializable(typeof(SyncAsset))]
[JsonSerializable(typeof(AssetPage))]
[JsonSerializable(typeof(CreateAssetUploadRequest))]
[JsonSerializable(typeof(AssetUpload))]
[JsonSerializable(typeof(RegisterAssetRequest))]
[JsonSerializable(typeof(Batch))]
[JsonSerializable(typeof(List<Batch>))]
[JsonSerializable(typeof(SyncBatchLine))]
[JsonSerializable(typeof(SyncBatchResult))]
internal sealed partial class SyncJsonContext : JsonSerializerContext
{
}
