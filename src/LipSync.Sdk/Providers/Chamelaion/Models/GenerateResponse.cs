using System.Text.Json.Serialization;

namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>The answer of both generate endpoints: <c>{"status": "success", "request_id": "&lt;uuid&gt;"}</c>.</summary>
public sealed class GenerateResponse
{
    /// <summary>
    /// Always <c>success</c> on a 2xx answer (the schema's enum has that one value). This is not the job status: read
    /// the job to learn that.
    /// </summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    /// <summary>The job id (<c>request_id</c>), a UUID, for <see cref="IChamelaionClient.GetRequestAsync"/>.</summary>
    /// <remarks>Required: a 200 without it (an error object, a proxy's JSON) is an unexpected response, not a created job.</remarks>
    [JsonPropertyName("request_id")]
    [JsonRequired]
    public string RequestId { get; set; } = string.Empty;

    /// <summary>
    /// The <c>reference_id</c> the create was sent with (the caller's, or the one the SDK generated). Not part of the
    /// wire answer: the SDK fills it in.
    /// </summary>
    [JsonIgnore]
    public string? ReferenceId { get; set; }

    /// <summary>
    /// True when the create's answer was lost (timeout, 5xx, dropped connection) and the SDK found the job it had
    /// created by its <c>reference_id</c> instead of sending the create again. Not part of the wire answer.
    /// </summary>
    [JsonIgnore]
    public bool RecoveredByLookup { get; set; }
}
