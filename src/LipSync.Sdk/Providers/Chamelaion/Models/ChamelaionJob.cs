using System.Text.Json;
using System.Text.Json.Serialization;
using LipSync.Sdk.Providers.Sync;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>
/// A lip-sync job (<c>LipsyncRequest</c> in Chamelaion's schema), as returned by <c>GET /v1/lipsync/requests/{id}</c>
/// and in the <c>data</c> of <c>GET /v1/lipsync/requests</c>.
/// </summary>
/// <remarks>Read tolerantly: <c>status</c> is a plain string in the schema (not an enum), so unknown values are kept.</remarks>
public sealed class ChamelaionJob
{
    /// <summary>The job id (<c>id</c>), a UUID.</summary>
    /// <remarks>Required: a 200 without an id (an error object, a proxy's JSON) is an unexpected response, not a job.</remarks>
    [JsonPropertyName("id")]
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>Your reference (<c>reference_id</c>), when the create carried one. Not unique: several jobs may share it.</summary>
    [JsonPropertyName("reference_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ReferenceId { get; set; }

    /// <summary>The status (<c>status</c>): <c>queued</c>, <c>processing</c>, <c>completed</c>, <c>failed</c>; see <see cref="ChamelaionJobStatuses"/>.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    /// <summary>When the job was created (<c>created_at</c>, UTC).</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When processing started (<c>started_at</c>).</summary>
    [JsonPropertyName("started_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the job finished (<c>finished_at</c>).</summary>
    [JsonPropertyName("finished_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The result video (<c>output_url</c>), once <c>completed</c>.</summary>
    [JsonPropertyName("output_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? OutputUrl { get; set; }

    /// <summary>Why the job failed (<c>error_message</c>), when <c>failed</c>, e.g. <c>video URL is not accessible</c>.</summary>
    [JsonPropertyName("error_message")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorMessage { get; set; }

    /// <summary>Fields this SDK does not model, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(ChamelaionJob), ("Id", Id), ("ReferenceId", ReferenceId), ("Status", Status), ("CreatedAt", CreatedAt), ("FinishedAt", FinishedAt), ("OutputUrl", ModelText.Url(OutputUrl)), ("ErrorMessage", ErrorMessage));
}
