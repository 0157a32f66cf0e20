namespace LipSync.Sdk;

/// <summary>Hands out the configured clients by provider name.</summary>
public interface ILipSyncClientFactory
{
    /// <summary>The provider-neutral client of a provider.</summary>
    /// <param name="provider">The provider name, case-insensitive ("sync", ...).</param>
    /// <returns>The client (one shared instance per provider).</returns>
    /// <exception cref="ArgumentException">The provider is unknown.</exception>
    /// <exception cref="InvalidOperationException">The provider has no API key.</exception>
    ILipSyncClient GetClient(string provider);

    /// <summary>The client of <see cref="LipSyncOptions.DefaultProvider"/>.</summary>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No default provider is configured.</exception>
    ILipSyncClient GetDefaultClient();

    /// <summary>A provider's native client, such as <c>ISyncClient</c>.</summary>
    /// <typeparam name="TClient">The native client interface.</typeparam>
    /// <param name="provider">The provider name.</param>
    /// <returns>The native client.</returns>
    /// <exception cref="ArgumentException">The provider is unknown or has no native client of that type.</exception>
    TClient GetNativeClient<TClient>(string provider) where TClient : class;
}
