using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

// The wire shape of one JSONL line (sync.md §5): snake_case request_id, fixed endpoint, CreateGenerationDto payload.
internal sealed class SyncBatchLine
{
    public const string GenerateEndpoint = "/v2/generate";

    [JsonPropertyName("request_id")]
    public required string RequestId { get; set; }

    [JsonPropertyName("endpoint")]
    public string Endpoint { get; set; } = GenerateEndpoint;

    [JsonPropertyName("payload")]
    public required CreateGenerationRequest Payload { get; set; }
}
