namespace LipSync.Sdk;

/// <summary>
/// What an API key may look like before it goes into a header. Keys pasted from a file or a terminal often carry a
/// trailing newline; such a key went raw into the header (the server then answered "request body must be valid JSON"),
/// and a non-ASCII key failed inside HttpClient as a retryable network error, four attempts deep. So surrounding
/// whitespace is trimmed, and control or non-ASCII characters inside are refused before anything is sent, with a
/// message that names the provider and where the key came from, never the key.
/// </summary>
internal static class ApiKeyRules
{
    /// <summary>The key from options, else from the provider's environment variable, trimmed; null when neither is set.</summary>
    public static string? Resolve(ProviderDefinition definition, LipSyncProviderOptions? provider)
    {
        var raw = !string.IsNullOrWhiteSpace(provider?.ApiKey) ? provider.ApiKey : Environment.GetEnvironmentVariable(definition.ApiKeyEnvironmentVariable);
        return string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
    }

    /// <summary>Why the provider's key cannot be sent, or null when it can (or is not set: that is reported elsewhere).</summary>
    public static string? Problem(ProviderDefinition definition, LipSyncProviderOptions? provider)
    {
        var key = Resolve(definition, provider);
        if (key is null || key.All(IsHeaderSafe))
        {
            return null;
        }

        var source = !string.IsNullOrWhiteSpace(provider?.ApiKey)
            ? $"LipSync:Providers:{definition.Name}:ApiKey"
            : $"the {definition.ApiKeyEnvironmentVariable} environment variable";
        return $"The API key for the {definition.Name} provider (from {source}) contains a control or non-ASCII character; "
            + "copy the key again (API keys are printable ASCII; surrounding whitespace is trimmed).";
    }

    /// <summary>The trimmed key of a stand-alone client, or an <see cref="ArgumentException"/> naming the provider.</summary>
    public static string Require(ProviderDefinition definition, LipSyncProviderOptions options) =>
        Problem(definition, options) is { } problem
            ? throw new ArgumentException(problem, nameof(options))
            : Resolve(definition, options)
              ?? throw new ArgumentException(
                  $"No API key for the {definition.Name} provider: set ApiKey or the {definition.ApiKeyEnvironmentVariable} environment variable.", nameof(options));

    /// <summary>Whether a (trimmed) key can go into a header unchanged.</summary>
    public static bool IsSendable(string key) => key.All(IsHeaderSafe);

    // Visible ASCII and inner spaces: what every provider issues, and what an HTTP header value carries unchanged.
    private static bool IsHeaderSafe(char c) => c is >= ' ' and <= '~';
}
