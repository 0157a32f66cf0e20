using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// One line of a batch's JSONL result file. Sync documents only that "the <c>response</c> field contains the same data
/// as individual Generate API responses"; the other fields are read leniently in both casings, and anything else is
/// kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class SyncBatchResult
{
    /// <summary>Wire spelling <c>request_id</c>. Read <see cref="RequestId"/> instead.</summary>
    [JsonPropertyName("request_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RequestIdSnake { get; set; }

    /// <summary>Wire spelling <c>requestId</c>. Read <see cref="RequestId"/> instead.</summary>
    [JsonPropertyName("requestId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RequestIdCamel { get; set; }

    /// <summary>The <c>request_id</c> of the input line this result answers. Not serialized.</summary>
    [JsonIgnore]
    public string? RequestId => RequestIdSnake ?? RequestIdCamel;

    /// <summary>The line's status (<c>status</c>), when given.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    /// <summary>The generation (<c>response</c>), as <c>GET /v2/generate/{id}</c> would return it.</summary>
    [JsonPropertyName("response")]
    public Generation? Response { get; set; }

    /// <summary>A line-level error message (<c>error</c>), when the line could not be run.</summary>
    [JsonPropertyName("error")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Error { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The generation as a neutral job, when the line has one.</summary>
    /// <returns>The job, or null.</returns>
    public LipSyncJob? ToJob() => Response is { } generation ? SyncJobMapper.ToJob(generation) : null;
}
