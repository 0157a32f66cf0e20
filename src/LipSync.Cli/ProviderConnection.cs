namespace LipSync.Cli;

/// <summary>
/// Builds an SDK client for one provider from the command line and the environment, for every provider the SDK
/// registers: the key from <c>--api-key</c> or <c>&lt;PROVIDER&gt;_API_KEY</c>, the base address from
/// <c>--base-url</c> or <c>LIPSYNC_&lt;PROVIDER&gt;_BASE_URL</c>. The key is only handed to the SDK, never printed.
/// </summary>
internal sealed class ProviderConnection : IDisposable
{
    private readonly LipSyncClientFactory _factory;

    private ProviderConnection(string provider, string apiKeyVariable, LipSyncClientFactory factory)
    {
        Provider = provider;
        ApiKeyVariable = apiKeyVariable;
        _factory = factory;
    }

    /// <summary>The provider's canonical name.</summary>
    public string Provider { get; }

    /// <summary>The environment variable the key can come from, for hints.</summary>
    public string ApiKeyVariable { get; }

    public ILipSyncClient Client => _factory.GetClient(Provider);

    /// <summary>The providers the SDK can talk to (<c>status</c>, <c>wait</c>), in name order.</summary>
    public static IReadOnlyList<string> KnownProviders => LipSyncProviders.BuiltIn.Select(p => p.Name).ToArray();

    /// <summary>The providers that run lip-sync jobs (<c>generate</c>), in name order.</summary>
    public static IReadOnlyList<string> LipSyncProviderNames => LipSyncProviders.BuiltIn.Where(p => p.SupportsLipSyncJobs).Select(p => p.Name).ToArray();

    /// <summary>The environment variable of a provider's key, or null for an unknown provider.</summary>
    public static string? ApiKeyVariableOf(string provider) => Find(provider)?.ApiKeyEnvironmentVariable;

    /// <summary>The environment variable that replaces a provider's base address: <c>LIPSYNC_SYNC_BASE_URL</c>.</summary>
    public static string BaseUrlVariableOf(string provider) => $"LIPSYNC_{provider.ToUpperInvariant()}_BASE_URL";

    /// <exception cref="CliUsageException">The base URL is not an absolute http(s) URL.</exception>
    /// <exception cref="LipSyncAuthenticationException">No API key was given.</exception>
    public static ProviderConnection Open(CliContext context, string provider, string? apiKey, string? baseUrl, int? maxRetries, TimeSpan? timeout)
    {
        var definition = Find(provider) ?? throw new CliUsageException($"--provider: unknown provider '{provider}'.");
        var name = definition.Name;
        apiKey = !string.IsNullOrWhiteSpace(apiKey) ? apiKey : context.GetEnvironmentVariable(definition.ApiKeyEnvironmentVariable);
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new LipSyncAuthenticationException(
                $"{name}: no API key: pass --api-key or set {definition.ApiKeyEnvironmentVariable}.",
                LipSyncErrorKind.Authentication, isRetryable: false, name);
        }

        var baseUrlVariable = BaseUrlVariableOf(name);
        baseUrl = !string.IsNullOrWhiteSpace(baseUrl) ? baseUrl : context.GetEnvironmentVariable(baseUrlVariable);
        Uri? baseAddress = null;
        if (!string.IsNullOrWhiteSpace(baseUrl)
            && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out baseAddress) || (baseAddress.Scheme != Uri.UriSchemeHttp && baseAddress.Scheme != Uri.UriSchemeHttps)))
        {
            throw new CliUsageException($"--base-url / {baseUrlVariable}: '{baseUrl}' is not an absolute http(s) URL.");
        }

        var options = new LipSyncOptions { DefaultProvider = name };
        if (timeout is { } overall && overall < options.TotalTimeout)
        {
            options.TotalTimeout = overall;
        }

        options.AddProvider(name, p =>
        {
            p.ApiKey = apiKey;
            p.BaseAddress = baseAddress;
            if (maxRetries is { } retries)
            {
                p.Retry = new LipSyncRetryOptions { MaxRetries = retries };
            }
        });

        return new ProviderConnection(name, definition.ApiKeyEnvironmentVariable, new LipSyncClientFactory(options, context.TimeProvider));
    }

    public void Dispose() => _factory.Dispose();

    private static LipSyncProviderInfo? Find(string provider) =>
        LipSyncProviders.BuiltIn.FirstOrDefault(p => string.Equals(p.Name, provider, StringComparison.OrdinalIgnoreCase));
}
