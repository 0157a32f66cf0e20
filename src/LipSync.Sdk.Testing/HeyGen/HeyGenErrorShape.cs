using System.Globalization;
using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

/// <summary>The three error envelopes HeyGen uses.</summary>
public enum HeyGenErrorShape
{
    /// <summary>Legacy v1: <c>{"code": N, "message": …, "data": null}</c>.</summary>
    Legacy,

    /// <summary>v2: <c>{"data": null, "error": {"code", "message"}}</c>.</summary>
    V2,

    /// <summary>v3: <c>{"error": {"code", "message", "param", "doc_url"}}</c>.</summary>
    V3,
}

/// <summary>Builds HeyGen error bodies in each envelope, as the real API sends them.</summary>
public static class HeyGenErrorBodies
{
    /// <summary>Builds an error body.</summary>
    /// <param name="shape">The envelope.</param>
    /// <param name="code">The code; an integer string is written as a JSON number, as HeyGen does.</param>
    /// <param name="message">The message.</param>
    /// <param name="param">The v3 <c>param</c> (validation errors), if any.</param>
    /// <returns>The body.</returns>
    public static JsonObject Create(HeyGenErrorShape shape, string code, string message, string? param = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        JsonNode codeNode = long.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(code);
        return shape switch
        {
            HeyGenErrorShape.Legacy => new JsonObject { ["code"] = codeNode, ["message"] = message, ["data"] = null },
            HeyGenErrorShape.V2 => new JsonObject { ["data"] = null, ["error"] = new JsonObject { ["code"] = codeNode, ["message"] = message } },
            _ => new JsonObject
            {
                ["error"] = new JsonObject
                {
                    ["code"] = codeNode,
                    ["message"] = message,
                    ["param"] = param,
                    ["doc_url"] = "https://developers.heygen.com/docs/error-codes#" + code.Replace('_', '-'),
                },
            },
        };
    }

    /// <summary>The same body as JSON text.</summary>
    /// <param name="shape">The envelope.</param>
    /// <param name="code">The code.</param>
    /// <param name="message">The message.</param>
    /// <param name="param">The v3 <c>param</c>, if any.</param>
    /// <returns>The JSON text.</returns>
    public static string CreateText(HeyGenErrorShape shape, string code, string message, string? param = null) =>
        Create(shape, code, message, param).ToJsonString();
}
