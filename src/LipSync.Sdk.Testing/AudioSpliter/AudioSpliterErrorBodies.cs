using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

/// <summary>
/// Builds AudioSpliter's nested error envelope <c>{"error": {"code", "message", "status", "details"?, "retryAfter"?}}</c>,
/// ready for <see cref="Fault.Respond"/>.
/// </summary>
public static class AudioSpliterErrorBodies
{
    /// <summary>Builds an error body.</summary>
    /// <param name="code">The code, e.g. <c>JOB_NOT_FOUND</c>.</param>
    /// <param name="message">The message.</param>
    /// <param name="status">The status repeated in the body.</param>
    /// <returns>The JSON text.</returns>
    public static string Create(string code, string message, int status) => CreateNode(code, message, status).ToJsonString();

    /// <summary>The documented 429 body, with <c>retryAfter</c> in seconds.</summary>
    /// <param name="retryAfterSeconds">The body's <c>retryAfter</c>.</param>
    /// <returns>The JSON text.</returns>
    public static string RateLimited(int retryAfterSeconds) => RateLimitedNode(retryAfterSeconds).ToJsonString();

    /// <summary>A validation body with <c>details.fields[]</c>, as in the documented example.</summary>
    /// <param name="fields">Pairs of field name and message.</param>
    /// <returns>The JSON text.</returns>
    public static string InvalidParams(params (string Field, string Message)[] fields) => InvalidParamsNode(fields).ToJsonString();

    internal static JsonObject CreateNode(string code, string message, int status, JsonObject? details = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message, ["status"] = status };
        if (details is not null)
        {
            error["details"] = details;
        }

        return new JsonObject { ["error"] = error };
    }

    internal static JsonObject RateLimitedNode(int retryAfterSeconds)
    {
        var body = CreateNode("RATE_LIMITED", $"Rate limit exceeded. Retry after {retryAfterSeconds} seconds.", 429);
        body["error"]!["retryAfter"] = retryAfterSeconds;
        return body;
    }

    internal static JsonObject InvalidParamsNode(IEnumerable<(string Field, string Message)> fields) =>
        CreateNode("INVALID_PARAMS", "Validation failed", 422, new JsonObject
        {
            ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject { ["field"] = f.Field, ["message"] = f.Message })]),
        });
}
