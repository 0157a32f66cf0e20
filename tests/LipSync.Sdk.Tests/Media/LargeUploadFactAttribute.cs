namespace LipSync.Sdk.Tests.Media;

/// <summary>
/// A fact that runs only when <c>LIPSYNC_LARGE_TESTS=1</c> (as <c>.ci/run</c> sets it for its separate large-upload
/// step), so the default suite stays fast.
/// </summary>
public sealed class LargeUploadFactAttribute : FactAttribute
{
    /// <summary>The switch.</summary>
    public const string EnvironmentVariable = "LIPSYNC_LARGE_TESTS";

    /// <summary>Skips unless the switch is on.</summary>
    public LargeUploadFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) != "1")
        {
            Skip = $"Large upload: set {EnvironmentVariable}=1 (run by .ci/run).";
        }
    }
}
