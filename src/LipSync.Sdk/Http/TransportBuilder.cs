using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LipSync.Sdk;

/// <summary>Merges options with provider defaults and builds a provider's transport, with or without DI.</summary>
internal static class TransportBuilder
{
    public static TransportSettings Settings(ProviderDefinition definition, LipSyncOptions options, LipSyncProviderOptions provider) => new(
        definition.Name,
        provider.BaseAddress ?? definition.DefaultBaseAddress,
        (provider.Retry ?? options.Retry).Clone(),
        Finite(provider.AttemptTimeout ?? options.AttemptTimeout),
        Finite(provider.TotalTimeout ?? options.TotalTimeout))
    {
        AdditionalProperties = new Dictionary<string, string?>(provider.AdditionalProperties ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>The key from options, else from the provider's environment variable, trimmed (<see cref="ApiKeyRules"/>).</summary>
    public static string? ResolveApiKey(ProviderDefinition definition, LipSyncProviderOptions? provider) => ApiKeyRules.Resolve(definition, provider);

    /// <summary>A stand-alone HttpClient (no IHttpClientFactory): pooled sockets recycled every 5 minutes so DNS changes are seen.</summary>
    public static HttpClient CreateStandaloneHttpClient(ProviderDefinition definition, Uri baseAddress, Func<string?> apiKey) =>
        new(new ApiKeyHandler(definition.ApiKeyHeader, apiKey, baseAddress, definition.ApiKeyPrefix)
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false },
        })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };

    public static ProviderTransport Create(
        ProviderDefinition definition, TransportSettings settings, Func<HttpClient> httpClient, string? apiKey, TimeProvider? time, ILoggerFactory? loggerFactory,
        Func<string?>? currentApiKey = null) =>
        new(httpClient, definition.ErrorProfile, settings, time ?? TimeProvider.System,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("LipSync.Sdk." + definition.Name),
            new SecretRedactor([apiKey], currentApiKey));

    private static TimeSpan? Finite(TimeSpan value) => value == System.Threading.Timeout.InfiniteTimeSpan || value <= TimeSpan.Zero ? null : value;
}
