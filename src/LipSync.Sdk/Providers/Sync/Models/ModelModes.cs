namespace LipSync.Sdk.Providers.Sync;

/// <summary>
/// Known values of <c>options.model_mode</c> (only honoured by <c>react-1</c>).
/// </summary>
public static class ModelModes
{
    /// <summary><c>lips</c>: animate the lips only.</summary>
    public const string Lips = "lips";

    /// <summary><c>face</c>: animate the face (server default).</summary>
    public const string Face = "face";

    /// <summary><c>head</c>: animate the face and head motion.</summary>
    public const string Head = "head";
}
