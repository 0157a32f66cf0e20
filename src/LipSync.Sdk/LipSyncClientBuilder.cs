using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk;

/// <summary>
/// Composes middleware around a provider-neutral client, in the shape of Microsoft.Extensions.AI's
/// <c>ChatClientBuilder</c>: the first <see cref="Use(Func{ILipSyncClient, ILipSyncClient})"/> is the outermost
/// wrapper, the inner client the last to see a call. Usable with or without dependency injection; the builder
/// <c>AddLipSyncClient</c> returns applies its middleware to every neutral client the container hands out (the
/// default one and the keyed one of each provider).
/// </summary>
public sealed class LipSyncClientBuilder
{
    private readonly Func<IServiceProvider, ILipSyncClient> _innerClientFactory;
    private readonly List<Func<ILipSyncClient, IServiceProvider, ILipSyncClient>> _middleware = [];
    private readonly IServiceCollection? _services;

    /// <summary>Starts a builder around an existing client.</summary>
    /// <param name="innerClient">The client the middleware wraps.</param>
    public LipSyncClientBuilder(ILipSyncClient innerClient)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        _innerClientFactory = _ => innerClient;
    }

    /// <summary>Starts a builder around a client created from the service provider when <see cref="Build"/> runs.</summary>
    /// <param name="innerClientFactory">Creates the client the middleware wraps.</param>
    public LipSyncClientBuilder(Func<IServiceProvider, ILipSyncClient> innerClientFactory)
    {
        ArgumentNullException.ThrowIfNull(innerClientFactory);
        _innerClientFactory = innerClientFactory;
    }

    // The builder of AddLipSyncClient: its inner client is the container's default provider.
    internal LipSyncClientBuilder(IServiceCollection services, Func<IServiceProvider, ILipSyncClient> innerClientFactory)
        : this(innerClientFactory)
    {
        _services = services;
    }

    /// <summary>
    /// The service collection the builder was returned from, for chaining registrations after <c>AddLipSyncClient</c>
    /// (<c>services.AddLipSyncClient(...).UseLogging().Services.AddX()</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The builder was created directly, not by <c>AddLipSyncClient</c>.</exception>
    public IServiceCollection Services => _services
        ?? throw new InvalidOperationException($"This {nameof(LipSyncClientBuilder)} was created directly, not by AddLipSyncClient, so it has no service collection.");

    /// <summary>Adds a wrapper. Wrappers added first are outermost.</summary>
    /// <param name="clientFactory">Wraps the client built so far.</param>
    /// <returns>This builder.</returns>
    public LipSyncClientBuilder Use(Func<ILipSyncClient, ILipSyncClient> clientFactory)
    {
        ArgumentNullException.ThrowIfNull(clientFactory);
        return Use((inner, _) => clientFactory(inner));
    }

    /// <summary>Adds a wrapper that needs services (a logger, a cache, a Redis connection). Wrappers added first are outermost.</summary>
    /// <param name="clientFactory">Wraps the client built so far, given the service provider.</param>
    /// <returns>This builder.</returns>
    public LipSyncClientBuilder Use(Func<ILipSyncClient, IServiceProvider, ILipSyncClient> clientFactory)
    {
        ArgumentNullException.ThrowIfNull(clientFactory);
        _middleware.Add(clientFactory);
        return this;
    }

    /// <summary>Builds the chain: the inner client wrapped by each middleware, the first added outermost.</summary>
    /// <param name="services">Services for the factories; null for none (an empty provider).</param>
    /// <returns>The outermost client.</returns>
    /// <exception cref="InvalidOperationException">A middleware factory returned null.</exception>
    public ILipSyncClient Build(IServiceProvider? services = null)
    {
        services ??= EmptyServiceProvider.Instance;
        return Wrap(_innerClientFactory(services), services);
    }

    /// <summary>Wraps <paramref name="client"/> in the middleware (DI applies it to each provider's client).</summary>
    internal ILipSyncClient Wrap(ILipSyncClient client, IServiceProvider services)
    {
        for (var i = _middleware.Count - 1; i >= 0; i--)
        {
            client = _middleware[i](client, services)
                ?? throw new InvalidOperationException($"The middleware at index {i} of the {nameof(LipSyncClientBuilder)} returned null.");
        }

        return client;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
