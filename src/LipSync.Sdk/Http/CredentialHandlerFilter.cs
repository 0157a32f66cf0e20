using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace LipSync.Sdk;

/// <summary>
/// Puts each LipSync client's <see cref="ApiKeyHandler"/> directly around its primary handler — whichever primary handler
/// the application configured (a proxy, its own <see cref="SocketsHttpHandler"/>) — after every other configuration
/// has run, so that it sits below <see cref="IHttpClientFactory"/>'s request logging: no log event, formatted or
/// structured, ever holds the key.
/// </summary>
internal sealed class CredentialHandlerFilter(IOptionsMonitor<LipSyncOptions> options, ProviderRegistry registry) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name is { } name
            && name.StartsWith(ProviderPipeline.HttpClientNamePrefix, StringComparison.Ordinal)
            && registry.TryGet(name[ProviderPipeline.HttpClientNamePrefix.Length..], out var definition))
        {
            builder.PrimaryHandler = new ApiKeyHandler(
                definition.Name,
                definition.ApiKeyHeader,
                () => ProviderPipeline.CurrentKey(definition, options),
                ProviderPipeline.BaseAddressOf(definition, options.CurrentValue),
                definition.ApiKeyPrefix)
            {
                InnerHandler = builder.PrimaryHandler,
            };
        }
    };
}
