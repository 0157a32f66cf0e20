namespace LipSync.Sdk.Providers.Sync;

/// <summary>Where Sync's NestJS-style error bodies keep their parts: <c>{statusCode, message (string|string[]), errorCode, error, suggestion, field}</c>.</summary>
internal static class SyncErrorProfile
{
    public static ProviderErrorProfile Instance { get; } = new(
        SyncErrorCatalog.ProviderName,
        SyncErrorCatalog.Catalog,
        new ErrorBodyLayout
        {
            // errorCode is the current spelling; error_code appears on older bodies and webhooks.
            CodePaths = ["errorCode", "error_code", "code"],
            // "error" is only the reason phrase ("Too Many Requests"): a fallback when there is no message.
            MessagePaths = ["message", "error"],
            // Concurrency 429s carry retryAfterSeconds (third-party observation; not in Sync's docs).
            RetryAfterSecondsPaths = ["retryAfterSeconds", "retryAfter", "retry_after"],
            // Current error bodies add an optional suggested fix and the request field a validation error is about
            // (sync.so/docs api-reference error schema: "suggestion", "field").
            SuggestionPaths = ["suggestion"],
            FieldPaths = ["field"],
        },
        requestIdHeaders: ["x-request-id", "x-amzn-requestid"]);
}
