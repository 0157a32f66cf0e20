namespace LipSync.Sdk.Tests.PublicApi;

/// <summary>
/// Guards the public surface of LipSync.Sdk: any change to it must be approved by updating
/// <c>PublicApi/LipSync.Sdk.approved.txt</c> (see docs/testing.md, "Approved files").
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    [Trait("Category", "Snapshot")]
    public void The_public_api_of_LipSync_Sdk_is_approved()
    {
        var folder = Path.Combine(Snapshots.RepositoryRoot, "tests", "LipSync.Sdk.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "LipSync.Sdk.approved.txt");
        var receivedPath = Path.Combine(folder, "LipSync.Sdk.received.txt");
        var received = PublicApiRenderer.Render(typeof(LipSyncException).Assembly);
        var approved = File.Exists(approvedPath) ? Snapshots.Normalize(File.ReadAllText(approvedPath)) : string.Empty;

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Snapshots.Accepting)
        {
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        received.Should().Be(approved,
            $"the public API of LipSync.Sdk changed. Compare {receivedPath} with {approvedPath}; if the change is intended, approve it with: {Snapshots.AcceptCommand}");
    }
}
