namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known Sync model identifiers (the <c>model</c> field of a generation request and response).
/// </summary>
/// <remarks>
/// The set grows as Sync ships models, so every model property is typed as <see cref="string"/>;
/// these constants are conveniences, never an exhaustive list.
/// </remarks>
public static class SyncModels
{
    /// <summary><c>lipsync-2</c>: the default general-purpose lip-sync model.</summary>
    public const string Lipsync2 = "lipsync-2";

    /// <summary><c>lipsync-2-pro</c>: higher-fidelity lip-sync model.</summary>
    public const string Lipsync2Pro = "lipsync-2-pro";

    /// <summary><c>lipsync-1.9.0-beta</c>: legacy beta lip-sync model.</summary>
    public const string Lipsync190Beta = "lipsync-1.9.0-beta";

    /// <summary><c>react-1</c>: expressive model that supports <c>model_mode</c> and emotion <c>prompt</c> options.</summary>
    public const string React1 = "react-1";

    /// <summary><c>sync-3</c>: the only model that accepts image inputs.</summary>
    public const string Sync3 = "sync-3";

    /// <summary><c>lipsync-2-mini</c>: listed only in the full backend specification; availability not guaranteed.</summary>
    public const string Lipsync2Mini = "lipsync-2-mini";

    /// <summary>Every model above: the values the neutral <see cref="LipSyncRequest.Model"/> accepts for Sync.</summary>
    public static IReadOnlyList<string> All { get; } = [Lipsync2, Lipsync2Pro, Lipsync190Beta, React1, Sync3, Lipsync2Mini];
}
