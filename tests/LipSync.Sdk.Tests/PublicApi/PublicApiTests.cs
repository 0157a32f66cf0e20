using System.Reflection;

namespace LipSync.Sdk.Tests.PublicApi;

/// <summary>
/// Guards the public surface of every shipped package: any change to one must be approved by updating its
/// <c>PublicApi/{assembly}.approved.txt</c> (see docs/testing.md, "Approved files").
/// </summary>
public sealed class PublicApiTests
{
    /// <summary>One type of each package, naming its assembly.</summary>
    public static TheoryData<string> Packages => new()
    {
        typeof(LipSyncException).Assembly.GetName().Name!,
        typeof(LipSync.Sdk.Testing.SyncEmulator).Assembly.GetName().Name!,
        typeof(Microsoft.AspNetCore.Builder.WebhookEndpointRouteBuilderExtensions).Assembly.GetName().Name!,
        typeof(LipSync.Sdk.Redis.RedisJobSlots).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(Packages))]
    [Trait("Category", "Snapshot")]
    public void The_public_api_of_each_package_is_approved(string assemblyName)
    {
        var folder = Path.Combine(Snapshots.RepositoryRoot, "tests", "LipSync.Sdk.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, assemblyName + ".approved.txt");
        var receivedPath = Path.Combine(folder, assemblyName + ".received.txt");
        var received = PublicApiRenderer.Render(Assembly.Load(assemblyName));
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
            $"the public API of {assemblyName} changed. Compare {receivedPath} with {approvedPath}; if the change is intended, approve it with: {Snapshots.AcceptCommand}");
    }
}
