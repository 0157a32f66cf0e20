using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;

namespace LipSync.Sdk;

/// <summary>
/// The one place a provider's HTTP handler chain is built, for dependency injection (<see cref="IHttpClientFactory"/>)
/// and for stand-alone clients alike:
/// <see cref="CallHandler"/> (one logical call: budget clock, telemetry, exceptions converted once) → the provider's
/// <see cref="ProviderDefinition.CallStrategy"/>, when it has one (within the same budget) → resilience (Polly through
/// Microsoft.Extensions.Http.Resilience: retry by the taxonomy → attempt timeout capped by the total, on the injected
/// clock) → <see cref="ErrorHandler"/> (one attempt: classification, bounded bodies) →
/// <see cref="ApiKeyHandler"/> (the key, per attempt, own host only; part of the primary handler so no logging layer
/// of <see cref="IHttpClientFactory"/> sees it) → <see cref="SocketsHttpHandler"/> (no redirects, no decompression).
/// </summary>
internal static class ProviderPipeline
{
    /// <summary>The name of the resilience pipeline inside each provider's named HttpClient.</summary>
    private const string ResiliencePipelineName = "LipSync";

    /// <summary>The effective settings of one provider: its options merged with the SDK's and the provider's defaults.</summary>
    public static TransportSettings Settings(ProviderDefinition definition, LipSyncOptions options, LipSyncProviderOptions provider) => new(
        definition.Name,
        WithoutTrailingSlash(provider.BaseAddress ?? definition.DefaultBaseAddress),
        (provider.Retry ?? options.Retry).Clone(),
        Finite(provider.AttemptTimeout ?? options.AttemptTimeout),
        Finite(provider.TotalTimeout ?? options.TotalTimeout))
    {
        AdditionalProperties = new Dictionary<string, string?>(provider.AdditionalProperties ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>The key from options, else from the provider's environment variable, trimmed (<see cref="ApiKeyRules"/>).</summary>
    public static string? ResolveApiKey(ProviderDefinition definition, LipSyncProviderOptions? provider) => ApiKeyRules.Resolve(definition, provider);

    /// <summary>A native client's connection without dependency injection; it owns its connections.</summary>
    public static ProviderChannel CreateStandalone(ProviderDefinition definition, LipSyncProviderOptions options, TimeProvider? time, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = Settings(definition, new LipSyncOptions(), options);
        var apiKey = ApiKeyRules.Require(definition, options);
        return CreateStandalone(definition, settings, apiKey, () => apiKey, time ?? TimeProvider.System, loggerFactory);
    }

    /// <summary>A connection over a stand-alone chain (no IHttpClientFactory); the key is read per attempt from <paramref name="currentApiKey"/>.</summary>
    public static ProviderChannel CreateStandalone(
        ProviderDefinition definition, TransportSettings settings, string apiKey, Func<string?> currentApiKey, TimeProvider time, ILoggerFactory? loggerFactory)
    {
        var redactor = new SecretRedactor([apiKey], currentApiKey);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("LipSync.Sdk." + definition.Name);
        HttpMessageHandler resilience = new ResilienceHandler(LipSyncResiliencePipeline.Build(settings, time, logger))
        {
            InnerHandler = new ErrorHandler(definition.ErrorProfile, time, redactor)
            {
                InnerHandler = PrimaryHandler(definition, settings.BaseAddress, currentApiKey),
            },
        };
        if (definition.CallStrategy?.Invoke(settings, time) is { } strategy)
        {
            strategy.InnerHandler = resilience;
            resilience = strategy;
        }

        var chain = new CallHandler(definition.Name, time, redactor) { InnerHandler = resilience };

        var http = new HttpClient(chain) { Timeout = Timeout.InfiniteTimeSpan, BaseAddress = settings.BaseAddress };
        return new ProviderChannel(http, definition.ErrorProfile, settings, time, redactor, ownsHttpClient: true);
    }

    /// <summary>
    /// Registers the provider's named HttpClient with the same chain: <see cref="CallHandler"/> → the provider's call
    /// strategy, if any → <c>AddResilienceHandler</c> (the SDK's own strategies, never the standard handler) →
    /// <see cref="ErrorHandler"/> → primary handler (<see cref="ApiKeyHandler"/> over <see cref="SocketsHttpHandler"/>).
    /// </summary>
    public static void AddHttpClient(IServiceCollection services, ProviderDefinition definition)
    {
        var name = definition.Name;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Http.IHttpMessageHandlerBuilderFilter, CredentialHandlerFilter>());
        var client = services.AddHttpClient(HttpClientName(name))
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => SocketsHandler())
            .AddHttpMessageHandler(sp => new CallHandler(name, sp.GetRequiredService<TimeProvider>(), Redactor(definition, sp)));
        if (definition.CallStrategy is { } strategy)
        {
            client.AddHttpMessageHandler(sp => strategy(CurrentSettings(definition, sp), sp.GetRequiredService<TimeProvider>()));
        }

        client.AddResilienceHandler(ResiliencePipelineName, (builder, context) =>
        {
            var sp = context.ServiceProvider;
            var time = sp.GetRequiredService<TimeProvider>();
            builder.TimeProvider = time;
            LipSyncResiliencePipeline.Configure(
                builder, CurrentSettings(definition, sp), time,
                (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger("LipSync.Sdk." + name));

            // Polly's own events (an attempt, the pipeline executed) would otherwise be two Information lines per call,
            // and its retry warnings would repeat the SDK's retry line: keep them, with their metrics, at Debug.
            builder.ConfigureTelemetry(new TelemetryOptions(sp.GetService<IOptions<TelemetryOptions>>()?.Value ?? new TelemetryOptions())
            {
                SeverityProvider = static _ => ResilienceEventSeverity.Debug,
            });
        });
        client.AddHttpMessageHandler(sp => new ErrorHandler(definition.ErrorProfile, sp.GetRequiredService<TimeProvider>(), Redactor(definition, sp)))
            .RemoveAllLoggers()
            .AddLogger(
                sp => new ProviderHttpLogger((sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger("LipSync.Sdk.Http." + name), name),
                wrapHandlersPipeline: false);
    }

    internal const string HttpClientNamePrefix = "LipSync.";

    private static TransportSettings CurrentSettings(ProviderDefinition definition, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptionsMonitor<LipSyncOptions>>().CurrentValue;
        return Settings(definition, options, options.Providers.TryGetValue(definition.Name, out var own) ? own : new LipSyncProviderOptions());
    }

    internal static string HttpClientName(string provider) => HttpClientNamePrefix + provider.ToLowerInvariant();

    internal static Uri BaseAddressOf(ProviderDefinition definition, LipSyncOptions options) =>
        options.Providers.TryGetValue(definition.Name, out var provider) && provider.BaseAddress is { } address ? address : definition.DefaultBaseAddress;

    /// <summary>
    /// The key as the options hold it now (a reload applies at once). When a reload made the options invalid (a key
    /// with a control character, say), the monitor refuses them: that is a configuration error, thrown as one that
    /// names the provider and is never retried, before anything is sent.
    /// </summary>
    internal static string? CurrentKey(ProviderDefinition definition, IOptionsMonitor<LipSyncOptions> monitor)
    {
        try
        {
            return ResolveApiKey(definition, monitor.CurrentValue.Providers.TryGetValue(definition.Name, out var p) ? p : null);
        }
        catch (OptionsValidationException ex)
        {
            throw new LipSyncAuthenticationException(
                $"{definition.Name}: the reloaded LipSync options are invalid, so nothing was sent: {string.Join(" ", ex.Failures)}",
                LipSyncErrorKind.Authentication, isRetryable: false, definition.Name, innerException: ex);
        }
    }

    // For masking only: options a reload made invalid cannot be read, and then no key of theirs was sent either.
    private static string? KeyToMask(ProviderDefinition definition, IOptionsMonitor<LipSyncOptions> monitor)
    {
        try
        {
            return CurrentKey(definition, monitor);
        }
        catch (LipSyncException)
        {
            return null;
        }
    }

    // Pooled sockets recycled every 5 minutes so DNS changes are seen; redirects are never followed (a redirect to
    // another host must not carry anything of ours) and bodies are never decompressed (their bounds are on the wire).
    private static HttpMessageHandler PrimaryHandler(ProviderDefinition definition, Uri baseAddress, Func<string?> apiKey) =>
        new ApiKeyHandler(definition.Name, definition.ApiKeyHeader, apiKey, baseAddress, definition.ApiKeyPrefix) { InnerHandler = SocketsHandler() };

    private static SocketsHttpHandler SocketsHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    };

    private static SecretRedactor Redactor(ProviderDefinition definition, IServiceProvider services)
    {
        var monitor = services.GetRequiredService<IOptionsMonitor<LipSyncOptions>>();
        return new SecretRedactor([KeyToMask(definition, monitor)], () => KeyToMask(definition, monitor));
    }

    // Refit appends an endpoint's path ("/v1/...") to the base address's path as is: "https://host/api/" would give
    // "/api//v1/...". One form for every base address, as EnvelopeUrl does for the paths envelope clients build.
    private static Uri WithoutTrailingSlash(Uri address) =>
        address.IsAbsoluteUri && address.AbsolutePath.Length > 1 && address.AbsolutePath.EndsWith('/')
            ? new UriBuilder(address) { Path = address.AbsolutePath.TrimEnd('/') }.Uri
            : address;

    private static TimeSpan? Finite(TimeSpan value) => value == Timeout.InfiniteTimeSpan || value <= TimeSpan.Zero ? null : value;
}
