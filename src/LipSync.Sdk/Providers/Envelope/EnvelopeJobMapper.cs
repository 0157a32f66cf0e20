using System.Text.Json.Nodes;

namespace LipSync.Sdk.Providers.Envelope;

/// <summary>Reads a job resource into the neutral <see cref="LipSyncJob"/> following the profile's <see cref="EnvelopeJobLayout"/>.</summary>
internal static class EnvelopeJobMapper
{
    public static LipSyncJob ToJob(string provider, EnvelopeJobLayout layout, ErrorCatalog catalog, JsonNode body, string requestedId)
    {
        var providerStatus = JsonNodePath.String(body, layout.StatusPath);
        var status = providerStatus is not null && layout.Statuses.TryGetValue(providerStatus, out var known) ? known : JobStatus.Processing;
        var seconds = JsonNodePath.Number(body, layout.DurationSecondsPath);
        return new LipSyncJob
        {
            Id = JsonNodePath.String(body, layout.IdPath) ?? requestedId,
            Provider = provider,
            Status = status,
            ProviderStatus = providerStatus,
            OutputUrl = Uri.TryCreate(JsonNodePath.String(body, layout.OutputUrlPath), UriKind.Absolute, out var output) ? output : null,
            Duration = ServerNumbers.Duration(seconds),
            ProgressPercent = status == JobStatus.Completed ? 100 : JsonNodePath.Number(body, layout.ProgressPath),
            CreatedAt = JsonNodePath.Time(body, layout.CreatedAtPath),
            Error = status is JobStatus.Failed or JobStatus.Canceled ? ToError(layout, catalog, body, providerStatus) : null,
            RawRepresentation = body,
        };
    }

    // A job's failure code comes from the same catalogue as HTTP errors (Breeze: error{code,detail} on the job).
    private static LipSyncJobError ToError(EnvelopeJobLayout layout, ErrorCatalog catalog, JsonNode body, string? providerStatus)
    {
        var code = JsonNodePath.String(body, layout.ErrorCodePath);
        catalog.TryGet(code, out var entry);
        var message = JsonNodePath.String(body, layout.ErrorMessagePath) is { Length: > 0 } text ? text
            : entry?.Message ?? $"The job ended {providerStatus ?? "failed"}.";
        return new LipSyncJobError(code, message, entry?.Kind ?? LipSyncErrorKind.Unknown, entry?.IsRetryable ?? false);
    }
}
