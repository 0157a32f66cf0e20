using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Generation counters of a batch (<c>metrics</c>).
/// </summary>
/// <remarks>
/// <c>GET /v2/batch</c> spells the keys in snake_case (<c>total_generations</c>…) while the batch webhook uses
/// camelCase (<c>totalGenerations</c>…). Both are read into separate properties; use the merged accessors
/// (<see cref="TotalGenerations"/>, <see cref="SuccessCount"/>, <see cref="FailedCount"/>, <see cref="PendingCount"/>).
/// </remarks>
public sealed class BatchMetrics
{
    /// <summary>Wire spelling <c>total_generations</c>. Read <see cref="TotalGenerations"/> instead.</summary>
    [JsonPropertyName("total_generations")]
    public int? TotalGenerationsSnake { get; set; }

    /// <summary>Wire spelling <c>totalGenerations</c>. Read <see cref="TotalGenerations"/> instead.</summary>
    [JsonPropertyName("totalGenerations")]
    public int? TotalGenerationsCamel { get; set; }

    /// <summary>Wire spelling <c>success_count</c>. Read <see cref="SuccessCount"/> instead.</summary>
    [JsonPropertyName("success_count")]
    public int? SuccessCountSnake { get; set; }

    /// <summary>Wire spelling <c>successCount</c>. Read <see cref="SuccessCount"/> instead.</summary>
    [JsonPropertyName("successCount")]
    public int? SuccessCountCamel { get; set; }

    /// <summary>Wire spelling <c>failed_count</c>. Read <see cref="FailedCount"/> instead.</summary>
    [JsonPropertyName("failed_count")]
    public int? FailedCountSnake { get; set; }

    /// <summary>Wire spelling <c>failedCount</c>. Read <see cref="FailedCount"/> instead.</summary>
    [JsonPropertyName("failedCount")]
    public int? FailedCountCamel { get; set; }

    /// <summary>Wire spelling <c>pending_count</c>. Read <see cref="PendingCount"/> instead.</summary>
    [JsonPropertyName("pending_count")]
    public int? PendingCountSnake { get; set; }

    /// <summary>Wire spelling <c>pendingCount</c>. Read <see cref="PendingCount"/> instead.</summary>
    [JsonPropertyName("pendingCount")]
    public int? PendingCountCamel { get; set; }

    /// <summary>Generations in the batch, from either spelling (0 when absent). Not serialized.</summary>
    [JsonIgnore]
    public int TotalGenerations => TotalGenerationsCamel ?? TotalGenerationsSnake ?? 0;

    /// <summary>Generations that completed, from either spelling (0 when absent). Not serialized.</summary>
    [JsonIgnore]
    public int SuccessCount => SuccessCountCamel ?? SuccessCountSnake ?? 0;

    /// <summary>Generations that failed, from either spelling (0 when absent). Not serialized.</summary>
    [JsonIgnore]
    public int FailedCount => FailedCountCamel ?? FailedCountSnake ?? 0;

    /// <summary>Generations not finished yet, from either spelling (0 when absent). Not serialized.</summary>
    [JsonIgnore]
    public int PendingCount => PendingCountCamel ?? PendingCountSnake ?? 0;

    /// <summary>Metric fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
