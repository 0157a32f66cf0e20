using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// Source-generated System.Text.Json metadata for every Chamelaion wire model. Null values are not written (so
/// <c>reference_id</c> and <c>disable_active_speaker_detection</c> are omitted unless set); names come from the
/// explicit <see cref="JsonPropertyNameAttribute"/> on each member.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(FiniteDoubleConverter), typeof(LenientDoubleConverter)])]
[JsonSerializable(typeof(GenerateRequest))]
[JsonSerializable(typeof(GenerateResponse))]
[JsonSerializable(typeof(ChamelaionJob))]
[JsonSerializable(typeof(ChamelaionJobPage))]
[JsonSerializable(typeof(ChamelaionUser))]
[JsonSerializable(typeof(ChamelaionHealth))]
internal sealed partial class ChamelaionJsonContext : JsonSerializerContext
{
}
