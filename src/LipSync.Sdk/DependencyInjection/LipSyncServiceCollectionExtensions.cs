using LipSync.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the LipSync SDK.</summary>
public static class LipSyncServiceCollectionExtensions
{
    /// <summary>
    /// Adds the LipSync clients configured in code: <see cref="ILipSyncClient"/> (the default provider), keyed
    /// <see cref="ILipSyncClient"/> per provider name, <see cref="ILipSyncClientFactory"/> and the native clients
    /// (such as <c>ISyncClient</c>). Options are validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>
    /// The builder whose middleware (<c>UseLogging()</c>, <c>UseFallback(...)</c>...) wraps every neutral client the
    /// container hands out; its <see cref="LipSyncClientBuilder.Services"/> continues the registration chain. Calling
    /// <c>AddLipSyncClient</c> again returns the same builder.
    /// </returns>
    public static LipSyncClientBuilder AddLipSyncClient(this IServiceCollection services, Action<LipSyncOptions> configure)
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
    /// <returns>The middleware builder of the neutral clients, as for the <see cref="Action{T}"/> overload.</returns>
    public static LipSyncClientBuilder AddLipSyncClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration is IConfigurationSection { Key: LipSyncOptions.SectionName } own
            ? own
            : configuration.GetSection(LipSyncOptions.SectionName);
        services.AddOptions<LipSyncOptions>().Bind(section);
        return AddCore(services);
    }

    private static LipSyncClientBuilder AddCore(IServiceCollection services)
    {
        services.AddOptions<LipSyncOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LipSyncOptions>, LipSyncOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        AddRegistry(services);

        foreach (var definition in ProviderDefinitions.BuiltIn)
        {
            AddProviderServices(services, definition);
        }

        services.TryAddSingleton<ILipSyncClientFactory>(sp => new LipSyncClientFactory(
            sp.GetRequiredService<IOptionsMonitor<LipSyncOptions>>(),
            sp.GetRequiredService<ProviderRegistry>(),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));

        // The unkeyed client is the keyed client of the default provider: one chain, one set of middleware state.
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<ILipSyncClient>(DefaultProviderName(sp)));
        return ClientBuilder(services);
    }

    // One builder per service collection, so a second AddLipSyncClient (code, then configuration) adds to the same middleware.
    private static LipSyncClientBuilder ClientBuilder(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => !d.IsKeyedService && d.ServiceType == typeof(LipSyncClientBuilder))?.ImplementationInstance is LipSyncClientBuilder existing)
        {
            return existing;
        }

        var builder = new LipSyncClientBuilder(services, sp => sp.GetRequiredService<ILipSyncClientFactory>().GetDefaultClient());
        services.AddSingleton(builder);
        return builder;
    }

    /// <summary>
    /// The container's own provider registry: the built-ins plus every definition added to this service collection
    /// (<c>AddLipSyncEnvelopeProvider</c>). Another container in the same process sees none of them.
    /// </summary>
    internal static void AddRegistry(IServiceCollection services) =>
        services.TryAddSingleton(sp => new ProviderRegistry(ProviderDefinitions.BuiltIn.Concat(sp.GetServices<ProviderDefinition>())));

    private static string DefaultProviderName(IServiceProvider services) =>
        services.GetRequiredService<ProviderRegistry>().Get(services.GetRequiredService<IOptionsMonitor<LipSyncOptions>>().CurrentValue.ResolveDefaultProvider()
            ?? throw new InvalidOperationException(
                "No default LipSync provider: set LipSyncOptions.DefaultProvider (configuration key LipSync:DefaultProvider) or configure exactly one provider.")).Name;

    /// <summary>
    /// Registers one provider's named HttpClient (with its API key handler), keyed neutral client (wrapped in the
    /// builder's middleware) and native client.
    /// Idempotent, so a provider added after <c>AddLipSyncClient</c> (a custom envelope profile) can call it too.
    /// </summary>
    internal static void AddProviderServices(IServiceCollection services, ProviderDefinition definition)
    {
        var name = definition.Name;
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(ILipSyncClient) && name.Equals(d.ServiceKey as string, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        ProviderPipeline.AddHttpClient(services, definition);

        // The container owns the middleware chain (disposed with it); callers get a view whose Dispose does nothing,
        // so a `using` around an injected client cannot break it for the rest of the application.
        services.TryAddKeyedSingleton(name, (sp, _) => new ContainerOwnedLipSyncClient.Chain(
            sp.GetService<LipSyncClientBuilder>() is { } builder
                ? builder.Wrap(sp.GetRequiredService<ILipSyncClientFactory>().GetClient(name), sp)
                : sp.GetRequiredService<ILipSyncClientFactory>().GetClient(name)));
        services.TryAddKeyedSingleton<ILipSyncClient>(name, (sp, key) => sp.GetRequiredKeyedService<ContainerOwnedLipSyncClient.Chain>(key).Client);
        services.TryAdd(ServiceDescriptor.Singleton(definition.NativeClientType, sp => ((LipSyncClientFactory)sp.GetRequiredService<ILipSyncClientFactory>()).GetNativeClient(name)));
    }
}
