using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

/// <summary>
/// Builds Breeze's flat error envelope <c>{"ok": false, "code", "detail", "error"}</c> (the <c>error</c> string mirrors
/// <c>detail</c>), ready for <see cref="Fault.Respond"/> — under an error status, or under 200 to test <c>ok:false</c>
/// hidden in a success status.
/// </summary>
public static class BreezeErrorBodies
{
    /// <summary>Builds an error body.</summary>
    /// <param name="code">The code, e.g. <c>GENERATION_CAPACITY_EXCEEDED</c>.</param>
    /// <param name="detail">The message; null uses a generic one.</param>
    /// <returns>The JSON text.</returns>
    public static string Create(string code, string? detail = null) => CreateNode(code, detail).ToJsonString();

    internal static JsonObject CreateNode(string code, string? detail = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        detail ??= $"Breeze emulator error {code}.";
        return new JsonObject { ["ok"] = false, ["code"] = code, ["detail"] = detail, ["error"] = detail };
    }
}
