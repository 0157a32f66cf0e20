namespace LipSync.Sdk.Providers.Chamelaion;

/// <summary>The model names of <c>POST /v1/lipsync/generate-with-media</c>'s optional <c>model</c> part.</summary>
public static class ChamelaionModels
{
    /// <summary>
    /// <c>lipsync-2</c>: the only value the API reference accepts (400 <c>model must be "lipsync-2"</c> otherwise). The
    /// Go SDK dropped the field on 2026-04-30, so the SDK sends it only when a caller asks for it.
    /// </summary>
    public const string Lipsync2 = "lipsync-2";
}
