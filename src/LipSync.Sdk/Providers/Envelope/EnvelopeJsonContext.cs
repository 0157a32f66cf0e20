using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Envelope;

/// <summary>Source-generated metadata for the untyped JSON the generic envelope client sends and reads.</summary>
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class EnvelopeJsonContext : JsonSerializerContext
{
}
