namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of <see cref="ModelInfo.Type"/> returned by <c>GET /v2/models</c>.
/// </summary>
public static class ModelTypes
{
    /// <summary><c>lipsync</c>: lip-sync models.</summary>
    public const string Lipsync = "lipsync";

    /// <summary><c>react</c>: expressive (re-acting) models.</summary>
    public const string React = "react";
}
