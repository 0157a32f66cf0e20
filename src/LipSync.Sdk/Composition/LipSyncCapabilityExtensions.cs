namespace LipSync.Sdk;

/// <summary>Reading a client's <see cref="LipSyncCapabilities"/>.</summary>
public static class LipSyncCapabilityExtensions
{
    /// <summary>
    /// What the client's provider supports through the neutral client (asked through
    /// <see cref="ILipSyncClient.GetService"/>, so it works through any middleware).
    /// </summary>
    /// <param name="client">The client.</param>
    /// <returns>The capabilities; <see cref="LipSyncCapabilities.None"/> when the client describes none.</returns>
    public static LipSyncCapabilities GetCapabilities(this ILipSyncClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.GetService(typeof(LipSyncCapabilities)) as LipSyncCapabilities ?? LipSyncCapabilities.None;
    }
}
