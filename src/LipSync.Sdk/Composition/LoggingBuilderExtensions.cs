using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LipSync.Sdk;

/// <summary>Adds logging to a <see cref="LipSyncClientBuilder"/>.</summary>
public static class LoggingBuilderExtensions
{
    /// <summary>
    /// Logs every neutral call (category <c>LipSync.Sdk.Client</c>): submits and deletes at Information, reads and
    /// waits at Debug, failures at Warning with the error kind, HTTP status and the provider's code. API keys, media
    /// URLs, bodies and the provider's free-text messages are never logged; server-chosen codes are sanitised.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="loggerFactory">The logger factory; null uses the <see cref="ILoggerFactory"/> in the builder's services
    /// (nothing is added when there is none).</param>
    /// <returns>The builder.</returns>
    public static LipSyncClientBuilder UseLogging(this LipSyncClientBuilder builder, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            var factory = loggerFactory ?? services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
            return factory == NullLoggerFactory.Instance
                ? inner
                : new LoggingLipSyncClient(inner, factory.CreateLogger("LipSync.Sdk.Client"));
        });
    }
}
