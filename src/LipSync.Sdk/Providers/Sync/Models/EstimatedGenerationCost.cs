using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// One element of the array returned by <c>POST /v2/analyze/cost</c>.
/// </summary>
public sealed class EstimatedGenerationCost
{
    /// <summary>Estimated number of output frames (<c>estimatedFrameCount</c>).</summary>
    [JsonPropertyName("estimatedFrameCount")]
    public double EstimatedFrameCount { get; set; }

    /// <summary>Estimated cost in US dollars (<c>estimatedGenerationCost</c>).</summary>
    [JsonPropertyName("estimatedGenerationCost")]
    public double EstimatedCostUsd { get; set; }
}
