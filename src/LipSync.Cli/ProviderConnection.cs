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

    /// <summary>The providers the SDK can talk to (job commands).</summary>
    public static IReadOnlyList<string> KnownProviders => ProviderDefinitions.All.Select(d => d.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The environment variable of a provider's key, or null for an unknown provider.</summary>
    public static string? ApiKeyVariableOf(string provider) =>
        ProviderDefinitions.TryGet(provider, out var definition) ? definition.ApiKeyEnvironmentVariable : null;

    /// <summary>The environment variable that replaces a provider's base address: <c>LIPSYNC_SYNC_BASE_URL</c>.</summary>
    public static string BaseUrlVariableOf(string provider) => $"LIPSYNC_{provider.ToUpperInvariant()}_BASE_URL";

    /// <exception cref="CliUsageException">The base URL is not an absolute http(s) URL, or the retry count is out of range.</exception>
    /// <exception cref="LipSyncAuthenticationException">No API key was given.</exception>
    public static ProviderConnection Open(CliContext context, string provider, string? apiKey, string? baseUrl, int? maxRetries, TimeSpan? timeout)
    {
        var definition = ProviderDefinitions.Get(provider);
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

        if (maxRetries is < 0 or > 20)
        {
            throw new CliUsageException("--max-retries must be between 0 and 20.");
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
}
