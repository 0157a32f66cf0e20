using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace LipSync.Sdk.Testing;

/// <summary>
/// Builds Sync's NestJS-style error bodies (<c>{"statusCode","message","error","errorCode"}</c>, sync.md §8.1),
/// ready to pass to <see cref="Fault.Respond"/>.
/// </summary>
/// <example>
/// <code>
/// emulator.Faults.Enqueue("POST", "/v2/generate", Fault.Respond(429, SyncErrorBodies.RateLimitExceeded()));
/// </code>
/// </example>
public static class SyncErrorBodies
{
    /// <summary>Builds an error body with a single message.</summary>
    /// <param name="statusCode">The HTTP status, repeated in the body's <c>statusCode</c>.</param>
    /// <param name="message">The human-readable <c>message</c>.</param>
    /// <param name="errorCode">The machine-readable <c>errorCode</c>, or <see langword="null"/> to omit it.</param>
    /// <returns>The JSON text.</returns>
    public static string Create(int statusCode, string message, string? errorCode = null) =>
        CreateNode(statusCode, JsonValue.Create(message), errorCode).ToJsonString();

    /// <summary>Builds a 400-style body whose <c>message</c> is an array of validation messages.</summary>
    /// <param name="statusCode">The HTTP status, repeated in the body's <c>statusCode</c>.</param>
    /// <param name="messages">The validation messages.</param>
    /// <param name="errorCode">The machine-readable <c>errorCode</c>, or <see langword="null"/> to omit it.</param>
    /// <returns>The JSON text.</returns>
    public static string Create(int statusCode, IEnumerable<string> messages, string? errorCode = null) =>
        CreateNode(statusCode, ToArray(messages), errorCode).ToJsonString();

    /// <summary>The documented 429 rate-limit body (<c>rate_limit_exceeded</c>).</summary>
    /// <returns>The JSON text.</returns>
    public static string RateLimitExceeded() =>
        Create(429, "Rate limit exceeded. Please try again later.", SyncEmulatorErrorCodes.RateLimitExceeded);

    /// <summary>A 429 concurrency-limit body (<c>concurrency_limit_reached</c>) with the extra fields reported by third parties.</summary>
    /// <param name="retryAfterSeconds">The body's <c>retryAfterSeconds</c>.</param>
    /// <param name="activeGenerations">The body's <c>activeGenerations</c>.</param>
    /// <param name="concurrencyLimit">The body's <c>concurrencyLimit</c>.</param>
    /// <returns>The JSON text.</returns>
    public static string ConcurrencyLimitReached(int retryAfterSeconds = 5, int activeGenerations = 1, int concurrencyLimit = 1)
    {
        var body = CreateNode(
            429,
            JsonValue.Create("Concurrency limit reached. Please wait for an active generation to finish or upgrade your plan."),
            SyncEmulatorErrorCodes.ConcurrencyLimitReached);
        body["activeGenerations"] = activeGenerations;
        body["concurrencyLimit"] = concurrencyLimit;
        body["retryAfterSeconds"] = retryAfterSeconds;
        body["upgradeUrl"] = "https://sync.so/billing/subscription";
        return body.ToJsonString();
    }

    /// <summary>The documented 503 body for an unknown keyed-create outcome (<c>IDEMPOTENCY_OUTCOME_UNKNOWN</c>).</summary>
    /// <returns>The JSON text.</returns>
    public static string IdempotencyOutcomeUnknown() =>
        Create(503, "The outcome of the request with this Idempotency-Key is unknown. Retry with the same key.", SyncEmulatorErrorCodes.IdempotencyOutcomeUnknown);

    /// <summary>A plain NestJS 500 body (no <c>errorCode</c>).</summary>
    /// <returns>The JSON text.</returns>
    public static string InternalServerError() => Create(500, "Internal server error");

    /// <summary>The 401 body the emulator sends for a missing or wrong key.</summary>
    /// <returns>The JSON text.</returns>
    public static string Unauthorized() => UnauthorizedNode().ToJsonString();

    /// <summary>
    /// Builds an error body in the current shape, with the optional <c>suggestion</c> (a fix to try) and <c>field</c>
    /// (the request field the error is about) that Sync's error schema documents.
    /// </summary>
    /// <param name="statusCode">The HTTP status, repeated in the body's <c>statusCode</c>.</param>
    /// <param name="message">The human-readable <c>message</c>.</param>
    /// <param name="errorCode">The machine-readable <c>errorCode</c>.</param>
    /// <param name="suggestion">The <c>suggestion</c>, or <see langword="null"/> to omit it.</param>
    /// <param name="field">The <c>field</c>, or <see langword="null"/> to omit it.</param>
    /// <returns>The JSON text.</returns>
    public static string WithSuggestion(int statusCode, string message, string errorCode, string? suggestion, string? field = null) =>
        CreateNode(statusCode, message, errorCode, suggestion, field).ToJsonString();

    internal static JsonObject CreateNode(int statusCode, string message, string errorCode, string? suggestion, string? field)
    {
        var body = CreateNode(statusCode, JsonValue.Create(message), errorCode);
        if (suggestion is not null)
        {
            body["suggestion"] = suggestion;
        }

        if (field is not null)
        {
            body["field"] = field;
        }

        return body;
    }

    internal static JsonObject UnauthorizedNode() => new() { ["message"] = "Unauthorized", ["statusCode"] = 401 };

    internal static JsonObject CreateNode(int statusCode, string message, string? errorCode = null) =>
        CreateNode(statusCode, JsonValue.Create(message), errorCode);

    internal static JsonObject CreateNode(int statusCode, IEnumerable<string> messages, string? errorCode = null) =>
        CreateNode(statusCode, ToArray(messages), errorCode);

    private static JsonObject CreateNode(int statusCode, JsonNode? message, string? errorCode)
    {
        var body = new JsonObject
        {
            ["statusCode"] = statusCode,
            ["message"] = message,
            ["error"] = ReasonPhrases.GetReasonPhrase(statusCode),
        };
        if (errorCode is not null)
        {
            body["errorCode"] = errorCode;
        }

        return body;
    }

    private static JsonArray ToArray(IEnumerable<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var array = new JsonArray();
        foreach (var message in messages)
        {
            array.Add(message);
        }

        return array;
    }
}
