using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// A Sync batch (<c>BatchResponse</c>) as returned by <c>POST /v2/batch</c>, <c>GET /v2/batch/{id}</c>,
/// <c>GET /v2/batch</c> and the batch webhook. A dry-run create answers only <c>{"status":"VALIDATED"}</c>; see
/// <see cref="IsValidationResult"/>.
/// </summary>
/// <remarks>
/// The API mixes casings (<c>created_at</c> on GET, <c>createdAt</c> on the webhook); both are accepted and merged
/// in <see cref="CreatedAt"/>.
/// </remarks>
public sealed class Batch
{
    /// <summary>Batch identifier (<c>id</c>); <see langword="null"/> on a dry-run validation answer.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    /// <summary>Batch status (<c>status</c>); see <see cref="BatchStatuses"/>. Unknown values are kept verbatim.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    /// <summary>Wire spelling <c>created_at</c> (GET endpoints). Read <see cref="CreatedAt"/> instead.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAtSnake { get; set; }

    /// <summary>Wire spelling <c>createdAt</c> (webhook). Read <see cref="CreatedAt"/> instead.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAtCamel { get; set; }

    /// <summary>Creation time from either spelling. Not serialized.</summary>
    [JsonIgnore]
    public DateTimeOffset? CreatedAt => CreatedAtSnake ?? CreatedAtCamel;

    /// <summary>Generation counters (<c>metrics</c>).</summary>
    [JsonPropertyName("metrics")]
    public BatchMetrics? Metrics { get; set; }

    /// <summary>Webhook URL given at creation (<c>webhookUrl</c>).</summary>
    [JsonPropertyName("webhookUrl")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Result URL (<c>outputUrl</c>): empty until the batch is done, then a URL that redirects (302) to a signed
    /// JSONL result file.
    /// </summary>
    [JsonPropertyName("outputUrl")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? OutputUrl { get; set; }

    /// <summary>Response fields this SDK does not model (for example the webhook's <c>options</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary><see langword="true"/> when <see cref="Status"/> is <c>COMPLETED</c> or <c>FAILED</c>. Not serialized.</summary>
    [JsonIgnore]
    public bool IsTerminal => BatchStatuses.IsTerminal(Status);

    /// <summary>
    /// <see langword="true"/> for the answer to a dry-run create (<c>status</c> <c>VALIDATED</c>): the input was
    /// valid and nothing was created. Not serialized.
    /// </summary>
    [JsonIgnore]
    public bool IsValidationResult => string.Equals(Status, BatchStatuses.Validated, StringComparison.OrdinalIgnoreCase);

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(Batch), ("Id", Id), ("Status", Status), ("OutputUrl", ModelText.Url(OutputUrl)));
}
