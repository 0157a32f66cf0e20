using System.Text.Json.Nodes;

namespace LipSync.Sdk.Testing;

// The body of GET /v2/models: Sync's ModelInfo[] (sync.md §4.4) for the models in SDK 0.3.0.
internal static class SyncModelCatalog
{
    // The models a create may name; any other gets 400 generation_unsupported_model, as on the real API.
    public static readonly IReadOnlySet<string> Ids = new HashSet<string>(Build().Select(m => m!["id"]!.GetValue<string>()), StringComparer.Ordinal);

    public static JsonArray Build() =>
    [
        Model("lipsync-2", "Lipsync 2", "lipsync", "2.0.0", "Zero-shot lip-sync that keeps the speaker's style."),
        Model("lipsync-2-pro", "Lipsync 2 Pro", "lipsync", "2.0.0", "Higher-fidelity lip-sync for close-ups and fine detail."),
        Model("lipsync-1.9.0-beta", "Lipsync 1.9.0 beta", "lipsync", "1.9.0", "Earlier lip-sync model."),
        Model("react-1", "React 1", "react", "1.0.0", "Edits expressions and head motion as well as lips."),
        Model("sync-3", "Sync 3", "lipsync", "3.0.0", "Latest model; accepts image inputs."),
    ];

    private static JsonObject Model(string id, string name, string type, string version, string description) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["type"] = type,
        ["version"] = version,
        ["description"] = description,
    };
}
