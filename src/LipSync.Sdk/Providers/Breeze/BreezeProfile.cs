using LipSync.Sdk.Providers.Envelope;

namespace LipSync.Sdk.Providers.Breeze;

/// <summary>
/// The envelope profile of Breeze (Breeze Blue TTS, <c>https://api.breeze.blue</c>): flat error envelope
/// <c>{"ok": false, "code", "detail", "error"}</c> (the <c>error</c> string mirrors <c>detail</c>), success bodies bare
/// resources with no <c>ok: true</c>, key in <c>xi-api-key</c>, async speech jobs at <c>/v1/generation-jobs/{id}</c>
/// moving <c>active</c> → <c>ready</c> | <c>failed</c>.
/// </summary>
public static class BreezeProfile
{
    /// <summary>Breeze's API host. Paths carry the <c>/v1</c> prefix.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.breeze.blue");

    /// <summary>Creates a fresh copy of the built-in profile (to inspect it, or to register a variant).</summary>
    /// <param name="useBearer">
    /// Send the key as <c>Authorization: Bearer</c> instead of <c>xi-api-key</c> (Breeze accepts both; when both are
    /// present <c>xi-api-key</c> takes precedence).
    /// </param>
    /// <returns>The profile.</returns>
    public static EnvelopeProfile Create(bool useBearer = false) => new()
    {
        Name = BreezeErrorCatalog.ProviderName,
        BaseAddress = DefaultBaseAddress,
        ApiKeyHeader = useBearer ? "Authorization" : "xi-api-key",
        ApiKeyPrefix = useBearer ? "Bearer " : string.Empty,
        ApiKeyEnvironmentVariable = "BREEZE_API_KEY",
        RequestIdHeaders = ["x-request-id", "request-id"],
        ErrorLayout = new ErrorBodyLayout
        {
            CodePaths = ["code"],

            // "error" mirrors "detail" as a string; it is only a fallback.
            MessagePaths = ["detail", "error", "message"],
            RetryAfterSecondsPaths = ["retry_after", "retryAfter"],
            RequestIdPaths = ["request_id"],
        },
        ErrorFlagPath = "ok",
        ErrorFlagValue = "false",
        Codes = [.. BreezeErrorCatalog.Entries],
        Jobs = new EnvelopeJobLayout
        {
            PathTemplate = "/v1/generation-jobs/{id}",
            IdPath = "generation_job_id",
            StatusPath = "status",
            Statuses = new Dictionary<string, JobStatus>(StringComparer.OrdinalIgnoreCase)
            {
                ["queued"] = JobStatus.Pending,
                ["active"] = JobStatus.Processing,
                ["ready"] = JobStatus.Completed,
                ["failed"] = JobStatus.Failed,
            },
            OutputUrlPath = "download_url",
            CreatedAtPath = "created_at",
            ErrorCodePath = "error.code",
            ErrorMessagePath = "error.detail",
        },
    };
}
