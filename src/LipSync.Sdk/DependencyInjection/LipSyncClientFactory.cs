using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LipSync.Sdk;

/// <summary>
/// Creates and caches one client per provider. Use it directly when not using dependency injection; with
/// <c>AddLipSyncClient</c> it is registered for you and HTTP goes through <see cref="IHttpClientFactory"/>.
/// </summary>
public sealed class LipSyncClientFactory : ILipSyncClientFactory, IDisposable
{
    private readonly Func<LipSyncOptions> _options;
    private readonly IHttpClientFactory? _httpClientFactory;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly ProviderRegistry _registry;
    private readonly ConcurrentDictionary<string, Lazy<(object Native, ILipSyncClient Neutral)>> _clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentBag<ProviderChannel> _owned = [];
    private readonly CancellationTokenSource _lifetime = new();

    /// <summary>Creates a stand-alone factory that owns its HTTP connections.</summary>
    /// <param name="options">The SDK options.</param>
    /// <param name="timeProvider">The clock for delays and timeouts; null uses the system clock.</param>
    /// <param name="loggerFactory">Where retries are logged; null logs nothing.</param>
    public LipSyncClientFactory(LipSyncOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(options, [], timeProvider, loggerFactory)
    {
    }

    /// <summary>Creates a stand-alone factory that owns its HTTP connections and also knows custom envelope providers.</summary>
    /// <param name="options">The SDK options (configure each envelope provider's key under its profile's name).</param>
    /// <param name="envelopeProfiles">Custom envelope APIs this factory serves, besides the built-in providers (copied).</param>
    /// <param name="timeProvider">The clock for delays and timeouts; null uses the system clock.</param>
    /// <param name="loggerFactory">Where retries are logged; null logs nothing.</param>
    /// <exception cref="ArgumentException">The options or a profile are invalid (the message lists every problem).</exception>
    public LipSyncClientFactory(
        LipSyncOptions options, IEnumerable<Providers.Envelope.EnvelopeProfile> envelopeProfiles, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(envelopeProfiles);
        _registry = new ProviderRegistry(ProviderDefinitions.BuiltIn.Concat(envelopeProfiles.Select(Providers.Envelope.EnvelopeProviders.CustomDefinition)));
        var errors = LipSyncOptionsValidator.Check(options, _registry).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _options = () => options;
        _time = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory;
    }

    internal LipSyncClientFactory(
        IOptionsMonitor<LipSyncOptions> options, ProviderRegistry registry, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILoggerFactory? loggerFactory)
    {
        _registry = registry;
        _options = () => options.CurrentValue;
        _time = timeProvider;
        _loggerFactory = loggerFactory;
        _httpClientFactory = httpClientFactory;
    }

    internal static string HttpClientName(string provider) => ProviderPipeline.HttpClientName(provider);

    /// <inheritdoc />
    public ILipSyncClient GetClient(string provider) => Resolve(provider).Neutral;

    /// <inheritdoc />
    public ILipSyncClient GetDefaultClient() =>
        GetClient(_options().ResolveDefaultProvider()
            ?? throw new InvalidOperationException(
                "No default LipSync provider: set LipSyncOptions.DefaultProvider (configuration key LipSync:DefaultProvider) or configure exactly one provider."));

    /// <inheritdoc />
    public TClient GetNativeClient<TClient>(string provider) where TClient : class =>
        Resolve(provider).Native as TClient
        ?? throw new ArgumentException($"The {provider} provider has no native client of type {typeof(TClient).Name}.", nameof(TClient));

    internal object GetNativeClient(string provider) => Resolve(provider).Native;

    /// <summary>
    /// Releases the HTTP connections a stand-alone factory owns. Calls in flight on its neutral clients (a
    /// <c>WaitForCompletionAsync</c> or <c>WatchAsync</c>, for example) end at once with
    /// <see cref="ObjectDisposedException"/>, as do calls made afterwards; the jobs themselves go on at the provider.
    /// </summary>
    public void Dispose()
    {
        _lifetime.Cancel();
        foreach (var client in _owned)
        {
            client.Dispose();
        }
    }

    private (object Native, ILipSyncClient Neutral) Resolve(string provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        var definition = _registry.Get(provider);
        return _clients.GetOrAdd(definition.Name, _ => new Lazy<(object, ILipSyncClient)>(() => Create(definition))).Value;
    }

    private (object Native, ILipSyncClient Neutral) Create(ProviderDefinition definition)
    {
        var options = _options();
        options.Providers.TryGetValue(definition.Name, out var providerOptions);
        providerOptions ??= new LipSyncProviderOptions();
        var apiKey = ProviderPipeline.ResolveApiKey(definition, providerOptions)
            ?? throw new InvalidOperationException(
                $"No API key for the {definition.Name} provider: set LipSync:Providers:{definition.Name}:ApiKey or the {definition.ApiKeyEnvironmentVariable} environment variable.");

        // Read the key per attempt so a rotated key (options reload) applies without a restart.
        string? CurrentKey() =>
            ProviderPipeline.ResolveApiKey(definition, _options().Providers.TryGetValue(definition.Name, out var current) ? current : null) ?? apiKey;

        var settings = ProviderPipeline.Settings(definition, options, providerOptions);
        ProviderChannel connection;
        if (_httpClientFactory is null)
        {
            connection = ProviderPipeline.CreateStandalone(definition, settings, apiKey, CurrentKey, _time, _loggerFactory);
            _owned.Add(connection);
        }
        else
        {
            // One client per provider for the container's lifetime: its sockets are recycled by PooledConnectionLifetime
            // (DNS changes are seen) and the key is read per attempt, so nothing needs a fresh handler.
            var http = _httpClientFactory.CreateClient(ProviderPipeline.HttpClientName(definition.Name));
            http.BaseAddress = settings.BaseAddress;
            connection = new ProviderChannel(http, definition.ErrorProfile, settings, _time, new SecretRedactor([apiKey], CurrentKey), ownsHttpClient: false);
        }

        var native = definition.CreateNativeClient(connection);
        return (native, new FactoryBoundLipSyncClient(definition.CreateNeutralClient(native), _lifetime.Token));
    }

}
