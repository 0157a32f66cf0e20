using Microsoft.Extensions.Logging;

namespace LipSync.Sdk.Providers.Envelope;

/// <summary>Builds a provider transport without dependency injection, for the native clients' public constructors.</summary>
internal static class StandaloneTransport
{
    public static ProviderTransport Create(ProviderDefinition definition, LipSyncProviderOptions options, TimeProvider? time, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = TransportBuilder.Settings(definition, new LipSyncOptions(), options);
        var apiKey = ApiKeyRules.Require(definition, options);
        var http = TransportBuilder.CreateStandaloneHttpClient(definition, settings.BaseAddress, () => apiKey);
        return TransportBuilder.Create(definition, settings, () => http, apiKey, time, loggerFactory);
    }
}
