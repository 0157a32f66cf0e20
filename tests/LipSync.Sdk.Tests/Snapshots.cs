namespace LipSync.Sdk.Tests;

/// <summary>
/// Approved files checked into the repository (the public API, the generated part of docs/errors.md). On a mismatch
/// the test fails; with <c>LIPSYNC_ACCEPT_SNAPSHOTS=1</c> it writes the new content instead, so re-approving
/// everything is one command: <c>LIPSYNC_ACCEPT_SNAPSHOTS=1 dotnet test tests/LipSync.Sdk.Tests --filter Category=Snapshot</c>.
/// </summary>
internal static class Snapshots
{
    public const string AcceptVariable = "LIPSYNC_ACCEPT_SNAPSHOTS";

    public const string AcceptCommand = "LIPSYNC_ACCEPT_SNAPSHOTS=1 dotnet test tests/LipSync.Sdk.Tests --filter Category=Snapshot";

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    /// <summary>The folder holding LipSync.Sdk.sln (the tests run from bin/, inside the repository).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "LipSync.Sdk.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("LipSync.Sdk.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
