namespace LipSync.Sdk.Providers.Envelope;

/// <summary>
/// Describes one "envelope-style" JSON API as data, so a single implementation can host it: where its error bodies
/// keep the code, message, status, retry hint and field errors (flat or nested, as dotted paths); the flag that marks
/// an error inside a 2xx body; which header carries the key and the request id; the code catalogue; and, optionally,
/// how its job resource reads. Breeze and AudioSpliter are built-in profiles (<see cref="Breeze.BreezeProfile"/>,
/// <see cref="AudioSpliter.AudioSpliterProfile"/>); register your own per container with
/// <c>services.AddLipSyncEnvelopeProvider(...)</c> or per factory with
/// <see cref="LipSyncClientFactory(LipSyncOptions, IEnumerable{EnvelopeProfile}, TimeProvider?, Microsoft.Extensions.Logging.ILoggerFactory?)"/>
/// (never process-wide), and classify its responses with <see cref="LipSyncErrors.FromEnvelopeResponse"/>. Bindable from configuration.
/// </summary>
/// <remarks>
/// The profile is read once, when it is registered; later changes to this object have no effect.
/// Success bodies are treated as bare resources: an <c>ok: true</c> (or any success flag) is never required.
/// </remarks>
public sealed class EnvelopeProfile
{
    /// <summary>The provider name used in exceptions and options (case-insensitive).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The API's base address; paths are appended to it verbatim (it may carry a prefix such as <c>/api/v1</c>).</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The header that carries the API key. Default <c>Authorization</c>.</summary>
    public string ApiKeyHeader { get; set; } = "Authorization";

    /// <summary>A prefix for the key in <see cref="ApiKeyHeader"/>, such as <c>"Bearer "</c>. Default none.</summary>
    public string ApiKeyPrefix { get; set; } = string.Empty;

    /// <summary>The environment variable the key is read from when not configured. Default <c>{NAME}_API_KEY</c>.</summary>
    public string? ApiKeyEnvironmentVariable { get; set; }

    /// <summary>Response headers that carry the provider's request id, first match wins.</summary>
    public IList<string> RequestIdHeaders { get; set; } = ["x-request-id", "request-id"];

    /// <summary>Where the parts of an error sit in the body (dotted paths, first match wins).</summary>
    public ErrorBodyLayout ErrorLayout { get; set; } = new();

    /// <summary>
    /// A dotted path whose value marks a body as an error even under HTTP 2xx (Breeze: <c>ok</c>). Null: only the HTTP
    /// status tells errors apart, and success bodies are streamed without inspection.
    /// </summary>
    public string? ErrorFlagPath { get; set; }

    /// <summary>The value of <see cref="ErrorFlagPath"/> that means "error" (compared case-insensitively). Default <c>false</c>.</summary>
    public string ErrorFlagValue { get; set; } = "false";

    /// <summary>The documented error codes: code → kind, retryability, status and default message. The code decides; the HTTP status only when the code is unknown.</summary>
    public IList<ErrorCatalogEntry> Codes { get; set; } = [];

    /// <summary>Whether codes are compared case-sensitively. Default false.</summary>
    public bool CaseSensitiveCodes { get; set; }

    /// <summary>How the API's job resource reads, for <see cref="ILipSyncClient.GetJobAsync"/>; null when it has none.</summary>
    public EnvelopeJobLayout? Jobs { get; set; }

    /// <summary>The rate-limit headers the API sends on responses, exposed as <see cref="IEnvelopeClient.LastRateLimit"/>; null when it sends none.</summary>
    public EnvelopeRateLimitHeaders? RateLimitHeaders { get; set; }

    /// <summary>The environment variable used for the key: <see cref="ApiKeyEnvironmentVariable"/> or <c>{NAME}_API_KEY</c>.</summary>
    /// <returns>The variable name.</returns>
    public string ResolveApiKeyEnvironmentVariable() =>
        !string.IsNullOrWhiteSpace(ApiKeyEnvironmentVariable)
            ? ApiKeyEnvironmentVariable
            : string.Concat(Name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_')) + "_API_KEY";

    /// <summary>Checks the profile and lists what is wrong, with the setting to fix.</summary>
    /// <returns>The problems; empty when the profile is usable.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("EnvelopeProfile.Name is required.");
        }

        if (BaseAddress is not { IsAbsoluteUri: true } address || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"EnvelopeProfile '{Name}': BaseAddress must be an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(ApiKeyHeader))
        {
            errors.Add($"EnvelopeProfile '{Name}': ApiKeyHeader is required.");
        }

        if (ErrorLayout is null || ErrorLayout.CodePaths.Count == 0)
        {
            errors.Add($"EnvelopeProfile '{Name}': ErrorLayout.CodePaths must name where the error code sits (for example \"code\" or \"error.code\").");
        }

        foreach (var duplicate in (Codes ?? []).GroupBy(c => c.Code, CaseSensitiveCodes ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"EnvelopeProfile '{Name}': code '{duplicate.Key}' is listed more than once.");
        }

        if (Jobs is { } jobs && (string.IsNullOrWhiteSpace(jobs.PathTemplate) || !jobs.PathTemplate.Contains("{id}", StringComparison.Ordinal)))
        {
            errors.Add($"EnvelopeProfile '{Name}': Jobs.PathTemplate must contain {{id}} (for example \"/jobs/{{id}}\").");
        }

        return errors;
    }
}
