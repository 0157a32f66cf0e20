using LipSync.Sdk.Providers.Envelope;

namespace LipSync.Sdk.Providers.AudioSpliter;

/// <summary>
/// The envelope profile of AudioSpliter (<c>https://api.audiospliter.com/api/v1</c>): nested error envelope
/// <c>{"error": {"code", "message", "status", "details": {"fields": [...]}, "retryAfter"}}</c>, bare success resources,
/// key in <c>X-API-Key</c>, <c>X-RateLimit-Limit/Remaining/Reset</c> on every response, split jobs at
/// <c>/splits/{id}</c> moving <c>queued</c> → <c>processing</c> → <c>completed</c> | <c>failed</c>.
/// </summary>
public static class AudioSpliterProfile
{
    /// <summary>AudioSpliter's API base address (with its <c>/api/v1</c> prefix).</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.audiospliter.com/api/v1");

    /// <summary>Creates a fresh copy of the built-in profile.</summary>
    /// <returns>The profile.</returns>
    public static EnvelopeProfile Create() => new()
    {
        Name = AudioSpliterErrorCatalog.ProviderName,
        BaseAddress = DefaultBaseAddress,
        ApiKeyHeader = "X-API-Key",
        ApiKeyEnvironmentVariable = "AUDIOSPLITER_API_KEY",
        ErrorLayout = new ErrorBodyLayout
        {
            CodePaths = ["error.code"],
            MessagePaths = ["error.message"],
            StatusPaths = ["error.status"],
            RetryAfterSecondsPaths = ["error.retryAfter"],
            FieldErrorsPath = "error.details.fields",
        },

        // Errors come with an error status; success bodies are never inspected (segments stream straight through).
        ErrorFlagPath = null,
        Codes = [.. AudioSpliterErrorCatalog.Entries],
        Jobs = new EnvelopeJobLayout
        {
            PathTemplate = "/splits/{id}",
            IdPath = "id",
            StatusPath = "status",
            Statuses = new Dictionary<string, JobStatus>(StringComparer.OrdinalIgnoreCase)
            {
                ["queued"] = JobStatus.Pending,
                ["processing"] = JobStatus.Processing,
                ["completed"] = JobStatus.Completed,
                ["failed"] = JobStatus.Failed,
            },
            ProgressPath = "progress",
            OutputUrlPath = "segments.0.downloadUrl",
            DurationSecondsPath = "sourceDuration",
            CreatedAtPath = "createdAt",
            ErrorCodePath = "error.code",
            ErrorMessagePath = "error.message",
        },
        RateLimitHeaders = new EnvelopeRateLimitHeaders(),
    };
}
