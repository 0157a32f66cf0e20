using System.Text.Json;
using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// A Sync generation as returned by <c>POST /v2/generate</c>, <c>GET /v2/generate/{id}</c>,
/// <c>GET /v2/generations</c> and the generation webhook.
/// </summary>
/// <remarks>
/// Deserialization is tolerant: optional scalar fields read the <c>{}</c> placeholders seen in Sync's documentation as
/// <see langword="null"/>, enum-like fields are open strings, and unknown fields land in <see cref="AdditionalProperties"/>.
/// </remarks>
public sealed class Generation
{
    /// <summary>Generation identifier (<c>id</c>); a UUID in practice, but treat it as opaque.</summary>
    /// <remarks>Required: a 200 without an id (an error object, a proxy's JSON) is an unexpected response, not a job.</remarks>
    [JsonPropertyName("id")]
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>Creation time (<c>createdAt</c>); <see langword="null"/> when missing or unparsable.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Lifecycle status (<c>status</c>); see <see cref="GenerationStatuses"/>. Unknown values are kept verbatim.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    /// <summary>Model that ran (<c>model</c>); see <see cref="SyncModels"/>.</summary>
    [JsonPropertyName("model")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Model { get; set; }

    /// <summary>Echo of the request inputs (<c>input</c>).</summary>
    [JsonPropertyName("input")]
    public IReadOnlyList<GenerationInput>? Input { get; set; }

    /// <summary>Echo of the request options (<c>options</c>).</summary>
    [JsonPropertyName("options")]
    public GenerationOptions? Options { get; set; }

    /// <summary>Echo of the request segments (<c>segments</c>).</summary>
    [JsonPropertyName("segments")]
    public IReadOnlyList<GenerationSegment>? Segments { get; set; }

    /// <summary>
    /// Signed URL of the result (<c>outputMediaUrl</c>), set when <c>COMPLETED</c>; never reconstruct it. The current name;
    /// prefer <see cref="ResultUrl"/>, which falls back to the deprecated <see cref="OutputUrl"/>.
    /// </summary>
    [JsonPropertyName("outputMediaUrl")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? OutputMediaUrl { get; set; }

    /// <summary>
    /// Deprecated alias of <see cref="OutputMediaUrl"/> with the same value (<c>outputUrl</c>); older responses, the
    /// official SDKs and the webhook carry only this one.
    /// </summary>
    [JsonPropertyName("outputUrl")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? OutputUrl { get; set; }

    /// <summary>The result URL: <see cref="OutputMediaUrl"/>, else the deprecated <see cref="OutputUrl"/>. Not serialized.</summary>
    [JsonIgnore]
    public string? ResultUrl => OutputMediaUrl ?? OutputUrl;

    /// <summary>Result duration in seconds (<c>outputDuration</c>).</summary>
    [JsonPropertyName("outputDuration")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? OutputDuration { get; set; }

    /// <summary>URL of the segment-only output (<c>segmentOutputUrl</c>).</summary>
    [JsonPropertyName("segmentOutputUrl")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SegmentOutputUrl { get; set; }

    /// <summary>Webhook URL given at creation (<c>webhookUrl</c>).</summary>
    [JsonPropertyName("webhookUrl")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WebhookUrl { get; set; }

    /// <summary>Human-readable failure message (<c>error</c>).</summary>
    [JsonPropertyName("error")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Error { get; set; }

    /// <summary>
    /// Failure code in the snake_case spelling (<c>error_code</c>) used by the official SDK and the webhook.
    /// Read <see cref="ErrorCode"/> instead.
    /// </summary>
    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorCodeSnake { get; set; }

    /// <summary>
    /// Failure code in the camelCase spelling (<c>errorCode</c>) used by the current documentation and polled objects.
    /// Read <see cref="ErrorCode"/> instead.
    /// </summary>
    [JsonPropertyName("errorCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorCodeCamel { get; set; }

    /// <summary>
    /// Machine-readable failure code from either wire spelling (<c>errorCode</c> preferred, then <c>error_code</c>).
    /// Not serialized.
    /// </summary>
    [JsonIgnore]
    public string? ErrorCode => ErrorCodeCamel ?? ErrorCodeSnake;

    /// <summary>Live progress 0–100 (<c>progress_percent</c>); only with <c>include=progress</c>.</summary>
    [JsonPropertyName("progress_percent")]
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? ProgressPercent { get; set; }

    /// <summary>Output base name given at creation (<c>outputFileName</c>).</summary>
    [JsonPropertyName("outputFileName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? OutputFileName { get; set; }

    /// <summary>Project the generation belongs to (<c>projectId</c>).</summary>
    [JsonPropertyName("projectId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ProjectId { get; set; }

    /// <summary>URL of the audio synthesized for a text input (<c>synthesizedAudioUrl</c>).</summary>
    [JsonPropertyName("synthesizedAudioUrl")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SynthesizedAudioUrl { get; set; }

    /// <summary>Response fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// <see langword="true"/> when <see cref="Status"/> is terminal (<c>COMPLETED</c>, <c>FAILED</c>, <c>REJECTED</c>,
    /// or legacy <c>CANCELED</c> / <c>TIMED_OUT</c>); see <see cref="GenerationStatuses.IsTerminal"/>. Not serialized.
    /// </summary>
    [JsonIgnore]
    public bool IsTerminal => GenerationStatuses.IsTerminal(Status);

    /// <summary><see langword="true"/> when <see cref="Status"/> is <c>COMPLETED</c>. Not serialized.</summary>
    [JsonIgnore]
    public bool IsCompleted => string.Equals(Status, GenerationStatuses.Completed, StringComparison.OrdinalIgnoreCase);

    /// <summary>The identifying and outcome fields, secret-free (URLs without their query strings).</summary>
    /// <returns>A one-line summary for logs and debuggers.</returns>
    public override string ToString() =>
        ModelText.Describe(nameof(Generation), ("Id", Id), ("Status", Status), ("Model", Model), ("CreatedAt", CreatedAt), ("ProgressPercent", ProgressPercent), ("OutputUrl", ModelText.Url(ResultUrl)), ("OutputDuration", OutputDuration), ("ErrorCode", ErrorCode), ("Error", Error));
}
