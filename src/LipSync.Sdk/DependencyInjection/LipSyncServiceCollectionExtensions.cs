using LipSync.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the LipSync SDK.</summary>
public static class LipSyncServiceCollectionExtensions
{
    // Only these header values reach IHttpClientFactory's logs; everything else (x-api-key, Authorization...) is redacted.
    // Free-text headers a server fills in (request ids) are left out: the filter sees names, not values, so a server
    // echoing the key there would put it in the logs. The request id stays on LipSyncException.RequestId (redacted).
    private static readonly HashSet<string> LoggableHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Accept", "User-Agent", "Retry-After", "retry-after-ms", "Date",
        "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
    };

    /// <summary>
    /// Adds the LipSync clients configured in code: <see cref="ILipSyncClient"/> (the default provider), keyed
    /// <see cref="ILipSyncClient"/> per provider name, <see cref="ILipSyncClientFactory"/> and the native clients
    /// (such as <c>ISyncClient</c>). Options are validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddLipSyncClient(this IServiceCollection services, Action<LipSyncOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<LipSyncOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Adds the LipSync clients configured from the <c>LipSync</c> section of <paramref name="configuration"/> (or from
    /// <paramref name="configuration"/> itself when it is that section).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration, or its <c>LipSync</c> section.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddLipSyncClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration is IConfigurationSection { Key: LipSyncOptions.SectionName } own
            ? own
            : configuration.GetSection(LipSyncOptions.SectionName);
        services.AddOptions<LipSyncOptions>().Bind(section);
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddOptions<LipSyncOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LipSyncOptions>, LipSyncOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        foreach (var definition in ProviderDefinitions.All)
        {
            AddProviderServices(services, definition);
        }

        services.TryAddSingleton<ILipSyncClientFactory>(sp => new LipSyncClientFactory(
            sp.GetRequiredService<IOptionsMonitor<LipSyncOptions>>(),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<ILipSyncClientFactory>().GetDefaultClient());
        return services;
    }

    /// <summary>
    /// Registers one provider's named HttpClient (with its API key handler), keyed neutral client and native client.
    /// Idempotent, so a provider added after <c>AddLipSyncClient</c> (a custom envelope profile) can call it too.
    /// </summary>
    internal static void AddProviderServices(IServiceCollection services, ProviderDefinition definition)
    {
        var name = definition.Name;
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(ILipSyncClient) && name.Equals(d.ServiceKey as string, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        services.AddHttpClient(LipSyncClientFactory.HttpClientName(name))
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler(sp =>
            {
                var monitor = sp.GetRequiredService<IOptionsMonitor<LipSyncOptions>>();
                return new ApiKeyHandler(
                    definition.ApiKeyHeader,
                    () => TransportBuilder.ResolveApiKey(definition, monitor.CurrentValue.Providers.TryGetValue(name, out var p) ? p : null),
                    LipSyncClientFactory.BaseAddressOf(definition, monitor.CurrentValue),
                    definition.ApiKeyPrefix);
            })
            .RedactLoggedHeaders(header => !LoggableHeaders.Contains(header));

        services.TryAddKeyedSingleton<ILipSyncClient>(name, (sp, _) => sp.GetRequiredService<ILipSyncClientFactory>().GetClient(name));
        services.TryAdd(ServiceDescriptor.Singleton(definition.NativeClientType, sp => ((LipSyncClientFactory)sp.GetRequiredService<ILipSyncClientFactory>()).GetNativeClient(name)));
    }
}
