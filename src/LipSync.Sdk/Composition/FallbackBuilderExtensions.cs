using Microsoft.Extensions.DependencyInjection;

namespace LipSync.Sdk;

/// <summary>Adds cross-provider fallback to a <see cref="LipSyncClientBuilder"/>.</summary>
public static class FallbackBuilderExtensions
{
    /// <summary>
    /// Submits to the next provider, in order, only when a provider's failure proves it created no job (quota or
    /// payment, a 429 such as Sync's <c>concurrency_limit_reached</c>, a refused key, a request it rejected before
    /// processing) or when its capabilities show it cannot take the request (model, image input, audio length,
    /// webhooks) — never after a job was accepted and never when the outcome is unknown (timeouts, dropped
    /// connections, 5xx, 409). The returned job's <see cref="LipSyncJob.Provider"/> names the provider that took it;
    /// <see cref="ILipSyncClient.GetJobAsync"/>, waits, watches and deletes through this client go to that provider.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="providers">The providers to try after the wrapped one, in order; resolved from
    /// <see cref="ILipSyncClientFactory"/> in the builder's services (configure each in <c>AddLipSyncClient</c>).</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// Middleware added before this call (outer) sees each submit once, whichever provider takes it; middleware added
    /// after it (inner) wraps only the first provider.
    /// </remarks>
    public static LipSyncClientBuilder UseFallback(this LipSyncClientBuilder builder, params string[] providers)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(providers);
        var names = providers.ToArray();
        return builder.Use((inner, services) =>
        {
            var factory = services.GetService<ILipSyncClientFactory>()
                ?? throw new InvalidOperationException("UseFallback(provider names) needs an ILipSyncClientFactory in the services (AddLipSyncClient); without DI pass the clients themselves.");
            return new FallbackLipSyncClient(inner, names.Select(factory.GetClient));
        });
    }

    /// <summary>
    /// Falls back to <paramref name="fallbacks"/> (in order) under the rules of <see cref="UseFallback(LipSyncClientBuilder, string[])"/>;
    /// for use without dependency injection. The fallback clients stay yours to dispose.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="fallbacks">The clients to try after the wrapped one, in order.</param>
    /// <returns>The builder.</returns>
    public static LipSyncClientBuilder UseFallback(this LipSyncClientBuilder builder, params ILipSyncClient[] fallbacks)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(fallbacks);
        var clients = fallbacks.ToArray();
        return builder.Use(inner => new FallbackLipSyncClient(inner, clients));
    }
}
