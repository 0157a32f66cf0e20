namespace LipSync.Sdk;

/// <summary>
/// Adds the provider's API key to each attempt, read fresh every time (so a rotated key applies at once), and only
/// to requests for the provider's own host: presigned upload URLs, result downloads and redirects never see it.
/// </summary>
internal sealed class ApiKeyHandler : DelegatingHandler
{
    /// <summary>
    /// Set on requests to presigned or redirect URLs: they never get the key, even when they share the API's host
    /// (as the loopback emulator does, and as a provider's own signed download paths may).
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> OmitCredentials = new("LipSync.OmitCredentials");

    private readonly string _provider;
    private readonly string _headerName;
    private readonly string _valuePrefix;
    private readonly Func<string?> _apiKey;
    private readonly Uri _baseAddress;

    public ApiKeyHandler(string provider, string headerName, Func<string?> apiKey, Uri baseAddress, string valuePrefix = "")
    {
        _provider = provider;
        _headerName = headerName;
        _apiKey = apiKey;
        _baseAddress = baseAddress;
        _valuePrefix = valuePrefix;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(_headerName);
        var key = _apiKey();
        if (key is not null && !ApiKeyRules.IsSendable(key))
        {
            // Checked at start-up too; this is a key that changed since (options mutated, configuration reloaded).
            // Sent, it would fail inside HttpClient as a retryable network error.
            throw new LipSyncAuthenticationException(
                $"{_provider}: the API key now configured contains a control or non-ASCII character, so nothing was sent; copy the key again "
                + "(API keys are printable ASCII; surrounding whitespace is trimmed).",
                LipSyncErrorKind.Authentication, isRetryable: false, _provider);
        }

        if (!string.IsNullOrEmpty(key) && IsProviderHost(request.RequestUri)
            && !(request.Options.TryGetValue(OmitCredentials, out var omit) && omit))
        {
            request.Headers.TryAddWithoutValidation(_headerName, _valuePrefix + key);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private bool IsProviderHost(Uri? uri) =>
        uri is not null
        && string.Equals(uri.Scheme, _baseAddress.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Host, _baseAddress.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == _baseAddress.Port;
}
